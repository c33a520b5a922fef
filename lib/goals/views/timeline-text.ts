import type { Formatters } from "../formatters";
import type { Target } from "../model";
import { tickLabel } from "../timeline-labels";
import type { PeriodModel } from "../timeline-periods";
import type { AxisTick } from "../timeline-scale";
import { GOAL_PAGE } from "../view-choices";

/**
 * The timeline's words and figures, formatted on the server as the list rows are (line-text.ts),
 * so /timeline's browser code neither formats nor carries the formatting code.
 */

/** An amount where a cell is narrow, and whole for its title. */
export interface AmountText {
  short: string;
  full: string;
}

export interface TimelineText {
  /** The range's first to last day. */
  range: string;
  /** The goals in the range ("1,204"), and the targets ("9,630 targets"). */
  goals: string;
  targets: string;
  /** "Showing 40 of 120 goals", the next page's button ("Show 40 more goals") and the goals left ("80"). */
  ganttCount: string;
  moreGoals: string;
  remaining: string;
  /** The today pill's title: "Today, Mar 16, 2026". */
  today: string;
}

/** A bar's target (compact on the bar, whole in its name) and its dates. */
export interface BarText extends AmountText {
  dates: string;
}

export interface LabelledTick extends AxisTick {
  label: string;
}

/** The period table's and chart's labels and amounts, in the order of the chart's buckets and series. */
export interface PeriodText {
  buckets: string[];
  /** "12 periods". */
  periods: string;
  series: { cells: (AmountText | null)[]; total: string }[];
  totals: AmountText[];
  actuals: string[];
  /** Per bucket, "3 targets" without progress; "" where none. */
  missingActual: string[];
  grandTarget: string;
  grandActual: string;
}

export function timelineText(fmt: Formatters, range: { start: number; end: number }, at: number, counts: { goals: number; targets: number; shownGoals: number; totalGoals: number }): TimelineText {
  const remaining = counts.totalGoals - counts.shownGoals;
  return {
    range: fmt.period(range.start, range.end),
    goals: fmt.number(counts.goals),
    targets: fmt.count(counts.targets, "target"),
    ganttCount: `Showing ${fmt.number(counts.shownGoals)} of ${fmt.count(counts.totalGoals, "goal")}`,
    moreGoals: `Show ${fmt.count(Math.min(GOAL_PAGE, remaining), "more goal", "more goals")}`,
    remaining: fmt.number(remaining),
    today: `Today, ${fmt.date(at)}`,
  };
}

export function barText(fmt: Formatters, amount: string, unit: Target["unit"], currency: string | null, start: string, end: string): BarText {
  return { short: fmt.compact(amount, unit, currency), full: fmt.amount(amount, unit, currency), dates: fmt.period(start, end) };
}

/** Every tick labelled; the first (whichever stride a narrow axis labels at) carries its year. */
export function labelTicks(ticks: readonly AxisTick[], timeZone: string): LabelledTick[] {
  return ticks.map((tick, i) => ({ ...tick, label: tickLabel(tick, i === 0, timeZone) }));
}

export function periodText(chart: PeriodModel, fmt: Formatters): PeriodText {
  const { unit } = chart.measure;
  const short = (value: string | null) => fmt.compact(value, unit);
  const both = (value: string | null): AmountText => ({ short: short(value), full: fmt.amount(value, unit) });
  return {
    buckets: chart.buckets.map((bucket) => fmt.span(Date.parse(bucket.start), Date.parse(bucket.end))),
    periods: fmt.count(chart.buckets.length, "period"),
    series: chart.series.map((series) => ({
      cells: series.cells.map((cell) => (cell.target === null ? null : { short: short(cell.target), full: `${fmt.amount(cell.target, unit)} from ${fmt.count(cell.targetCount, "target")}` })),
      total: short(series.total.target),
    })),
    totals: chart.totals.map(both),
    actuals: chart.actuals.map(short),
    missingActual: chart.missingActual.map((n) => (n > 0 ? `${fmt.count(n, "target")} ${n === 1 ? "has" : "have"} no progress in HubSpot` : "")),
    grandTarget: short(chart.grandTotal.target),
    grandActual: short(chart.grandTotal.actual),
  };
}
