"use client";

import { useMemo } from "react";
import type { Target } from "@/lib/goals/model";
import { paceMarker, periodSeries } from "@/lib/goals/series";
import type { Formatters } from "@/components/format/use-formatters";
import { MS_PER_HOUR } from "./axis-format";
import { ChartLegend } from "./chart-legend";
import { chartModel } from "./chart-points";
import { LazyTargetChart } from "./lazy-target-chart";

interface Props {
  /** The periods to draw, all of one goal. */
  targets: readonly Target[];
  now: number;
  fmt: Formatters;
  heading: string;
  headingId: string;
  /** The target page's own period, drawn darker. */
  highlight?: Target | null;
}

/** A titled target-versus-date chart with its key and a summary in words. */
export function ChartSection({ targets, now, fmt, heading, headingId, highlight = null }: Props) {
  const first = targets[0];
  const { model, marker } = useMemo(() => {
    const subject = { id: "chart", assignee: first?.assignee ?? { kind: "none" as const }, targets: [...targets] };
    const marker = paceMarker(subject, now);
    const model = chartModel({
      series: periodSeries(subject),
      marker,
      now,
      averaged: first?.metricType === "AVG",
      highlight: highlight ? { start: highlight.start, end: highlight.end } : null,
      unitDivisor: first?.unit === "duration" ? MS_PER_HOUR : 1,
    });
    return { model, marker };
  }, [targets, first, now, highlight]);

  if (!first) return null;
  const periods = model.points.filter((p) => p.kind === "period").length;
  const paceLabel = model.today && marker ? fmt.expected(marker.expected, first.unit, first.currency) : null;
  const description = [
    `Target versus date, ${periods} ${periods === 1 ? "period" : "periods"} from ${fmt.firstDay(first.start)} to ${fmt.lastDay(new Date(model.domain[1]).toISOString())}.`,
    model.hasActual ? "" : "No progress data.",
    paceLabel ? (model.cumulative ? `Pace today: ${paceLabel}.` : `Current target: ${paceLabel}.`) : "",
    first.direction === "LOWER_IS_BETTER" ? "Lower is better." : "",
    "The tables below list every figure.",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" data-testid="chart-section" data-periods={periods}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <LazyTargetChart
        model={model}
        unit={first.unit}
        currency={first.currency}
        timeZone={fmt.timeZone}
        cadence={first.cadence}
        direction={first.direction}
        description={description}
      />
      <ChartLegend
        model={model}
        direction={first.direction}
        paceLabel={paceLabel}
        highlightLabel={highlight ? `This target (${fmt.period(highlight.start, highlight.end)})` : null}
      />
    </section>
  );
}
