"use client";

import { useMemo } from "react";
import { chartModel } from "@/lib/goals/chart";
import type { Target } from "@/lib/goals/model";
import type { Standing } from "@/lib/goals/standing";
import type { Formatters } from "@/lib/goals/formatters";
import { MS_PER_HOUR } from "./axis-format";
import { ChartLegend } from "./chart-legend";
import { LazyTargetChart } from "./lazy-target-chart";
import { rangeText } from "@/components/projection/projection-text";

interface Props {
  /** The figures the chart draws: it plots the periods they cover, so its pace point is their expected by today. */
  standing: Standing;
  now: number;
  fmt: Formatters;
  heading: string;
  headingId: string;
  /** Names of the assignees the standing leaves out for missing progress. */
  leftOutNames?: readonly string[];
  /** The target page's own period, drawn darker. */
  highlight?: Target | null;
  /** Where the page gives the chart's figures in words, for readers who cannot see it and before it is drawn. */
  figuresAt: string;
}

/** A titled target-versus-date chart with its key and a summary in words. */
export function ChartSection({ standing, now, fmt, heading, headingId, leftOutNames = [], highlight = null, figuresAt }: Props) {
  const first = standing.covered[0];
  const model = useMemo(
    () => chartModel(standing, { now, timeZone: fmt.timeZone, highlight, unitDivisor: first?.unit === "duration" ? MS_PER_HOUR : 1 }),
    [standing, now, fmt.timeZone, highlight, first],
  );

  if (!first) return null;
  const expected = model.today && standing.expectedByToday !== null ? fmt.expected(standing.expectedByToday, first.unit, first.currency) : null;
  const leftOut = leftOutText(leftOutNames, standing.leftOut.periods, fmt);
  const description = [
    `Target versus date, ${model.periods} ${model.periods === 1 ? "period" : "periods"} from ${fmt.date(new Date(model.domain[0]).toISOString())} to ${fmt.date(new Date(model.domain[1] - 1).toISOString())}.`,
    model.hasActual ? "" : "No progress data.",
    expected ? `Expected by today: ${expected}.` : "",
    model.projection ? `Projection: ${projectionLabel(standing, fmt)}.` : "",
    leftOut ?? "",
    first.direction === "LOWER_IS_BETTER" ? "Lower is better." : "",
    figuresAt,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-line bg-surface p-4" data-testid="chart-section" data-periods={model.periods}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <LazyTargetChart model={model} unit={first.unit} currency={first.currency} timeZone={fmt.timeZone} cadence={first.cadence} description={description} figuresAt={figuresAt} />
      <ChartLegend
        model={model}
        direction={first.direction}
        expectedLabel={expected}
        leftOut={leftOut}
        highlightLabel={highlight ? `This target (${fmt.period(highlight.start, highlight.end)})` : null}
        projectionLabel={projectionLabel(standing, fmt)}
      />
    </section>
  );
}

/** The projection at the end of the chart, with its range when there is one. */
function projectionLabel(standing: Standing, fmt: Formatters): string | null {
  const projection = standing.projection;
  const first = standing.covered[0];
  if (!projection || !first) return null;
  const amount = (value: string | null) => fmt.expected(value, first.unit, first.currency);
  const range = rangeText(projection, first.unit, amount);
  return `${amount(projection.value)} on ${fmt.lastDay(new Date(projection.end).toISOString())}${range ? ` (range ${range})` : ""}`;
}

function leftOutText(names: readonly string[], periods: number, fmt: Formatters): string | null {
  const parts = [...names];
  if (periods > 0) parts.push(`${fmt.count(periods, "started period")} without progress data`);
  if (parts.length === 0) return null;
  return `Leaves out ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]}, as the figures above do.`;
}
