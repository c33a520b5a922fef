"use client";

import { lazy, useMemo } from "react";
import { bucketIndexAt } from "@/lib/goals/timeline-scale";
import { toNumber } from "@/lib/goals/decimal";
import type { Level } from "@/lib/goals/timeline-periods";
import { humanize } from "@/lib/goals/labels";
import type { TimelineState } from "@/lib/goals/views/state";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";
import { ChartWhenOnScreen } from "@/components/charts/chart-when-on-screen";
import { seriesColour } from "./palette";
import { PeriodTable } from "./period-table";
import type { ChartRow, ChartSeries } from "./period-chart";

const PeriodChart = lazy(() => import("./period-chart").then((m) => ({ default: m.PeriodChart })));

interface Props {
  model: TimelineAnswer;
  view: TimelineState;
  setView: (patch: Partial<TimelineState>) => void;
}

const SIZE_NOUN = { week: "week", month: "month", quarter: "quarter" } as const;

export function PeriodSection({ model, view, setView }: Props) {
  const { chart, measures, measure, periods } = model;
  const heading = `Target per ${SIZE_NOUN[periods.size]}, by ${view.group}`;
  return (
    <section aria-labelledby="periods-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="periods-heading" className="text-lg font-semibold">
          {heading}
        </h2>
        {chart && chart.levels.length > 1 && (
          <div className="flex flex-col">
            <label htmlFor="timeline-level" className="text-xs font-medium text-fg-muted">
              Add up
            </label>
            <select id="timeline-level" value={chart.level} onChange={(event) => setView({ level: event.target.value as Level })} className="rounded-md border border-line-strong bg-surface px-2 py-1 text-sm">
              <option value="people">People&apos;s targets</option>
              <option value="teams">Team goals</option>
            </select>
          </div>
        )}
        {measures.length > 0 && (
          <div className="flex flex-col">
            <label htmlFor="timeline-measure" className="text-xs font-medium text-fg-muted">
              Goal type (one unit at a time)
            </label>
            <select id="timeline-measure" value={measure?.key ?? ""} onChange={(event) => setView({ measure: event.target.value })} className="rounded-md border border-line-strong bg-surface px-2 py-1 text-sm">
              {measures.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.key ? humanize(m.key) : "No goal type"} ({m.targetCount})
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {!chart || !measure ? (
        <p className="rounded-xl border border-dashed border-line-strong bg-surface p-6 text-center text-fg-muted" data-testid="periods-empty">
          No targets fall in this range.
        </p>
      ) : (
        <PeriodBody model={model} heading={heading} grouping={view.group} />
      )}
    </section>
  );
}

function PeriodBody({ model, heading, grouping }: { model: TimelineAnswer; heading: string; grouping: TimelineState["group"] }) {
  const chart = model.chart!;
  const text = model.chartText!;
  const size = model.periods.size;
  // Stable props, so expanding a goal or typing in the search box does not redraw hundreds of bars.
  const series: ChartSeries[] = useMemo(() => chart.series.map((s, i) => ({ key: s.key, label: s.label, colour: seriesColour(s, i) })), [chart]);
  const rows: ChartRow[] = useMemo(
    () =>
      chart.buckets.map((bucket, i) => {
        // A period still running has only its actual so far: it is drawn apart (hollow, unjoined), never as the line's next step.
        const known = chart.actuals[i] === null ? null : toNumber(chart.actuals[i]!);
        const row: ChartRow = { key: bucket.key, label: text.buckets[i], actual: chart.toDate[i] ? null : known, actualToDate: chart.toDate[i] ? known : null };
        chart.series.forEach((s) => (row[`s:${s.key}`] = s.cells[i].target === null ? null : toNumber(s.cells[i].target!)));
        return row;
      }),
    [chart, text],
  );
  const colours = useMemo(() => series.map((s) => s.colour), [series]);
  const todayIndex = bucketIndexAt(chart.buckets, model.at);
  const description = `${heading}: ${humanize(chart.measure.key)} in ${text.periods}, ${chart.series.length} ${chart.stacked ? "stacked" : "side-by-side"} series${chart.stacked ? " and the known actual as a line" : ""}. The table below lists every value.`;
  return (
    <div className="space-y-3">
      <figure className="rounded-xl border border-line bg-surface p-3" data-testid="period-chart" data-marks={chart.marks} data-series={chart.series.length}>
        <figcaption id="period-chart-caption" className="sr-only">
          {description}
        </figcaption>
        <ChartWhenOnScreen size="h-80" figuresAt="The table below has every figure." loadingLabel="Loading the period chart">
          <div className="h-80" role="img" aria-labelledby="period-chart-caption">
            <PeriodChart rows={rows} series={series} stacked={chart.stacked} todayKey={todayIndex >= 0 ? chart.buckets[todayIndex].key : null} unit={chart.measure.unit} currency={model.account.currency} />
          </div>
        </ChartWhenOnScreen>
        {chart.otherLevelTargets > 0 && (
          <p className="mt-2 text-xs text-fg-muted" role="note" data-testid="other-level-note">
            {chart.level === "people"
              ? `${chart.otherLevelTargets} team goal ${chart.otherLevelTargets === 1 ? "target is" : "targets are"} not added on top of the people's targets they overlap; choose “Team goals” to see them.`
              : `${chart.otherLevelTargets} people's ${chart.otherLevelTargets === 1 ? "target is" : "targets are"} not added on top of the team goals; choose “People's targets” to see them.`}
          </p>
        )}
        {chart.groupCount > chart.series.length && (
          <p className="mt-2 text-xs text-fg-muted" role="note">
            The {chart.groupCount - chart.series.length + 1} smallest of {chart.groupCount} groups are added up as “Other”, so the chart stays readable.
          </p>
        )}
      </figure>
      <PeriodTable chart={chart} text={text} size={size} todayIndex={todayIndex} colours={colours} groupHeading={grouping === "team" ? "Team" : "Assignee"} />
    </div>
  );
}
