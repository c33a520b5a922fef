import { add, mean, sum } from "./decimal";
import { type Goal, type Schedule, targetsOf } from "./goal";
import { type Instant, toIso, toMillis } from "./instant";
import type { Target } from "./model";
import { expectedToDate } from "./pace";

export interface SeriesPoint {
  start: string;
  end: string;
  /** SUM: the period's targets added across schedules. AVG: their mean. */
  target: string;
  /** Same aggregation over the schedules that have progress; null when none has. */
  actual: string | null;
  /** Running total of `target`; null for AVG goals, whose periods do not accumulate. */
  cumulativeTarget: string | null;
  /**
   * Running total of `actual` up to the last period with data, null after it (the line stops
   * there instead of running flat into the future) and null for AVG goals.
   */
  cumulativeActual: string | null;
}

export interface PaceMarker {
  at: string;
  expected: string;
}

/** One point per distinct period of the goal or schedule, in time order. */
export function periodSeries(subject: Goal | Schedule): SeriesPoint[] {
  const targets = targetsOf(subject);
  if (targets.length === 0) return [];
  const averaged = targets[0].metricType === "AVG";

  const byPeriod = new Map<string, Target[]>();
  for (const target of targets) {
    const key = `${target.start}|${target.end}`;
    const list = byPeriod.get(key);
    if (list) list.push(target);
    else byPeriod.set(key, [target]);
  }
  const periods = [...byPeriod.values()].sort((a, b) =>
    a[0].start !== b[0].start ? (a[0].start < b[0].start ? -1 : 1) : a[0].end < b[0].end ? -1 : a[0].end > b[0].end ? 1 : 0,
  );

  const combine = averaged ? (values: string[]) => mean(values) ?? "0" : sum;
  const points: SeriesPoint[] = periods.map((list) => {
    const actuals = list.flatMap((t) => (t.actual === null ? [] : [t.actual]));
    return {
      start: list[0].start,
      end: list[0].end,
      target: combine(list.map((t) => t.amount)),
      actual: actuals.length > 0 ? combine(actuals) : null,
      cumulativeTarget: null,
      cumulativeActual: null,
    };
  });
  if (averaged) return points;

  let lastWithData = -1;
  points.forEach((point, i) => {
    if (point.actual !== null) lastWithData = i;
  });
  let runningTarget = "0";
  let runningActual = "0";
  points.forEach((point, i) => {
    runningTarget = add(runningTarget, point.target);
    point.cumulativeTarget = runningTarget;
    // A gap before the last reported period adds nothing but keeps the line continuous.
    if (i <= lastWithData) {
      if (point.actual !== null) runningActual = add(runningActual, point.actual);
      point.cumulativeActual = runningActual;
    }
  });
  return points;
}

/**
 * Where the pace line crosses `now` on the chart: the cumulative expected value for SUM goals,
 * the current period's target for AVG goals. Null when `now` is outside the goal's span.
 */
export function paceMarker(subject: Goal | Schedule, now: Instant): PaceMarker | null {
  const targets = targetsOf(subject);
  if (targets.length === 0) return null;
  const at = toMillis(now);
  let first = Infinity;
  let last = -Infinity;
  for (const target of targets) {
    first = Math.min(first, Date.parse(target.start));
    last = Math.max(last, Date.parse(target.end));
  }
  if (at < first || at >= last) return null;
  if (targets[0].metricType === "AVG") {
    const current = targets.filter((t) => Date.parse(t.start) <= at && at < Date.parse(t.end));
    if (current.length === 0) return null;
    return { at: toIso(at), expected: mean(current.map((t) => t.amount)) ?? "0" };
  }
  return { at: toIso(at), expected: sum(targets.map((t) => expectedToDate(t, at))) };
}
