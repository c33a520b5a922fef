"use client";

import { memo } from "react";
import type { BucketSize } from "@/lib/goals/buckets";
import type { PeriodModel } from "@/lib/goals/timeline-periods";
import { humanize } from "@/lib/goals/labels";
import type { PeriodText } from "@/lib/goals/views/timeline-text";
import { HATCH } from "./status-style";

interface Props {
  chart: PeriodModel;
  /** Its labels and amounts as text, from the server. */
  text: PeriodText;
  size: BucketSize;
  todayIndex: number;
  colours: string[];
  groupHeading: string;
}

/**
 * Every value of the period chart, and where a group has no target: those cells are hatched, so a
 * period nobody carries stands out instead of hiding as a missing sliver in a stack.
 */
// The wrapper is `relative` so the cells' sr-only text (absolutely positioned) scrolls with the table instead of widening the page.
export const PeriodTable = memo(function PeriodTable({ chart, text, size, todayIndex, colours, groupHeading }: Props) {
  const th = "whitespace-nowrap px-2 py-1.5 text-right font-medium";
  const today = (i: number) => (i === todayIndex ? "bg-today-soft" : "");
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface" tabIndex={0} role="region" aria-labelledby="period-table-caption">
      <table className="min-w-full text-xs tabular-nums" data-testid="period-table">
        <caption id="period-table-caption" className="px-3 py-2 text-left text-sm text-fg-muted">
          {humanize(chart.measure.key)} target per {size}
          {chart.stacked ? ", with the actual HubSpot knows" : " (averages: not added up across groups)"}. Hatched cells: no target in that period. * some targets have no progress in HubSpot. “To date”: the period is still running, so its actual is progress so far.
        </caption>
        <thead className="border-b border-line bg-surface-subtle">
          <tr>
            <th scope="col" className="sticky left-0 bg-surface-subtle px-2 py-1.5 text-left font-medium">
              {groupHeading}
            </th>
            {chart.buckets.map((bucket, i) => (
              <th key={bucket.key} scope="col" className={`${th} ${today(i)}`} data-testid="period-bucket" data-key={bucket.key} aria-current={i === todayIndex ? "date" : undefined}>
                {text.buckets[i]}
              </th>
            ))}
            <th scope="col" className={th}>
              {chart.stacked ? "Total" : "Average"}
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.series.map((series, row) => (
            <tr key={series.key} className="border-b border-line-subtle" data-testid="period-series" data-key={series.key}>
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-surface px-2 py-1 text-left font-normal">
                <span aria-hidden="true" className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm align-middle" style={{ background: colours[row] }} />
                {series.label}
              </th>
              {series.cells.map((cell, i) =>
                cell.target === null ? (
                  <td key={chart.buckets[i].key} className={`px-2 py-1 ${today(i)}`} data-empty="true" title="No target">
                    <span className="block h-4 rounded-sm border border-dashed border-timeline-gap-border" style={HATCH} />
                    <span className="sr-only">No target</span>
                  </td>
                ) : (
                  <td key={chart.buckets[i].key} className={`px-2 py-1 text-right ${today(i)}`} title={text.series[row].cells[i]?.full}>
                    {text.series[row].cells[i]?.short}
                  </td>
                ),
              )}
              <td className="px-2 py-1 text-right font-medium">{text.series[row].total}</td>
            </tr>
          ))}
        </tbody>
        {chart.stacked && (
          <tfoot className="border-t border-line-strong bg-surface-subtle">
            <tr data-testid="period-total">
              <th scope="row" className="sticky left-0 bg-surface-subtle px-2 py-1 text-left font-medium">
                Total target
              </th>
              {text.totals.map((total, i) => (
                <td key={chart.buckets[i].key} className={`px-2 py-1 text-right font-medium ${today(i)}`} title={total.full}>
                  {total.short}
                </td>
              ))}
              <td className="px-2 py-1 text-right font-medium">{text.grandTarget}</td>
            </tr>
            <tr data-testid="period-actual">
              <th scope="row" className="sticky left-0 bg-surface-subtle px-2 py-1 text-left font-normal">
                Actual (where known)
              </th>
              {chart.actuals.map((actual, i) => (
                <td
                  key={chart.buckets[i].key}
                  className={`px-2 py-1 text-right ${today(i)}`}
                  data-to-date={chart.toDate[i] ? "true" : undefined}
                  title={[chart.toDate[i] && actual !== null ? "Actual to date: this period is still running" : "", text.missingActual[i]].filter(Boolean).join("; ") || undefined}
                >
                  {text.actuals[i]}
                  {chart.toDate[i] && actual !== null && <span className="block text-[10px] font-normal text-fg-subtle">to date</span>}
                  {actual !== null && chart.missingActual[i] > 0 && (
                    <>
                      <span aria-hidden="true">*</span>
                      <span className="sr-only"> (partial)</span>
                    </>
                  )}
                </td>
              ))}
              <td className="px-2 py-1 text-right">{text.grandActual}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
});
