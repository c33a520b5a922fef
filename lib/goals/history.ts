import { bucketBoundaries, type BucketSize } from "./buckets";
import { toMillis } from "./instant";
import type { Contender } from "./leaderboard";
import type { Target } from "./model";
import { compareText } from "./ordering";
import { periodOf, type Standing, type StandingContext, standingOf } from "./standing";

/**
 * Attainment history: how each person or team did in each past period, with the same standing
 * model as every other figure. A column is a stretch of time that is over; a target counts in the
 * column its whole period lies in (a month's target in that month and its quarter, never a
 * quarter's target in one of its months).
 */

export interface HistoryColumn {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface HistoryRow {
  contender: Contender;
  /** Per column: the standing of the targets that lie in it, or null when none does. */
  cells: (Standing | null)[];
  /** Columns whose outcome is "achieved". */
  hits: number;
  /** Columns with an outcome (with progress data). */
  results: number;
}

export interface History {
  columns: HistoryColumn[];
  rows: HistoryRow[];
}

/** The last `count` distinct periods of these targets that are over by `now`, oldest first. */
export function finishedPeriods(targets: readonly Target[], context: StandingContext, count: number): HistoryColumn[] {
  const at = toMillis(context.now);
  const byKey = new Map<string, HistoryColumn>();
  for (const target of targets) {
    const period = periodOf(target, context.timeZone);
    if (period.end <= at) byKey.set(`${period.start}|${period.end}`, { start: period.start, end: period.end });
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end).slice(-count);
}

/** The last `count` whole months or (fiscal) quarters before the one containing `now`, oldest first. */
export function finishedBuckets(size: Exclude<BucketSize, "week">, context: StandingContext, count: number, fiscalYearOffset = 0): HistoryColumn[] {
  const at = toMillis(context.now);
  const span = size === "month" ? 31 : 92;
  const buckets = bucketBoundaries({ start: at - (count + 1) * span * 86_400_000, end: at }, size, context.timeZone, fiscalYearOffset);
  return buckets
    .map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) }))
    .filter((b) => b.end <= at)
    .slice(-count);
}

export function attainmentHistory(
  contenders: readonly Contender[],
  columns: readonly HistoryColumn[],
  context: StandingContext,
  judgement: Pick<Standing, "metricType" | "direction">,
): History {
  const rows = contenders.map((contender) => {
    const cells = columns.map((column) => {
      const inside = contender.targets.filter((target) => {
        const { start, end } = periodOf(target, context.timeZone);
        return start >= column.start && end <= column.end;
      });
      return inside.length === 0 ? null : standingOf(inside, context, judgement);
    });
    return {
      contender,
      cells,
      hits: cells.filter((cell) => cell?.outcome === "achieved").length,
      results: cells.filter((cell) => cell?.outcome != null).length,
    };
  });
  return {
    columns: [...columns],
    rows: rows.filter((row) => row.cells.some((cell) => cell !== null)).sort((a, b) => compareText(a.contender.name, b.contender.name)),
  };
}
