import { type Instant, toMillis } from "./instant";
import type { Target } from "./model";

/** Anything with a start and an exclusive end: a target, a goal, a bucket. */
export interface Period {
  start: string;
  end: string;
}

export type PeriodStatus = "active" | "upcoming" | "ended";

/** Status of one period; the end is exclusive, so a period is over at its end instant exactly. */
export function targetStatus(period: Period, now: Instant): PeriodStatus {
  const at = toMillis(now);
  if (at < Date.parse(period.start)) return "upcoming";
  if (at >= Date.parse(period.end)) return "ended";
  return "active";
}

/**
 * A goal is judged over its whole span (first start to last end), so a gap between two of its
 * periods still counts as active: the goal is under way even when no slice covers today.
 */
export function goalStatus(goal: Period, now: Instant): PeriodStatus {
  return targetStatus(goal, now);
}

/** Share of the period that has passed, clamped to [0, 1]. */
export function elapsedFraction(start: Instant, end: Instant, now: Instant): number {
  const from = toMillis(start);
  const to = toMillis(end);
  const at = toMillis(now);
  if (at <= from) return 0;
  if (at >= to) return 1;
  return (at - from) / (to - from);
}

export function containsInstant(period: Period, instant: Instant): boolean {
  const at = toMillis(instant);
  return Date.parse(period.start) <= at && at < Date.parse(period.end);
}

/**
 * The target whose period contains `now`, or null between or outside periods. If a malformed
 * schedule has overlapping periods, the one that started last is the more specific and wins.
 */
export function currentTarget<T extends Target>(targets: readonly T[], now: Instant): T | null {
  const at = toMillis(now);
  let best: T | null = null;
  for (const target of targets) {
    if (!containsInstant(target, at)) continue;
    if (best === null || target.start > best.start || (target.start === best.start && target.id < best.id)) {
      best = target;
    }
  }
  return best;
}

/** Span covered by a set of periods; null when there are none. */
export function spanOf(periods: readonly Period[]): Period | null {
  if (periods.length === 0) return null;
  let start = periods[0].start;
  let end = periods[0].end;
  for (const period of periods) {
    if (period.start < start) start = period.start;
    if (period.end > end) end = period.end;
  }
  return { start, end };
}
