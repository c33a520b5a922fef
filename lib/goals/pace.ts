import { compare, exact, mean, prorate, ratio, sum } from "./decimal";
import { FIXED_SCALE, divideRounded } from "./fixed-point";
import { type Goal, type Schedule, targetsOf } from "./goal";
import { type Instant, toMillis } from "./instant";
import type { Direction, Target } from "./model";

/** While periods run: ahead, on_pace, behind. Once every period has ended: achieved or missed. */
export type PaceStatus = "ahead" | "on_pace" | "behind" | "achieved" | "missed" | "no_data" | "not_started";

/**
 * Within ±5% of the expected value counts as on pace: a manager cares about clear leads and gaps,
 * not about a deal closing a day earlier or later. The band is inclusive at both edges.
 */
export const PACE_TOLERANCE = 0.05;

export interface Pace {
  /**
   * What should have been reached by now, over the same periods the status judges: started ones
   * with progress data (all started ones when none has any). SUM: each period's target pro-rated
   * by elapsed time, summed. AVG: the target of the periods being judged, not pro-rated (an average
   * response time has to be met from the first day, it does not build up).
   */
  expected: string;
  /** SUM: every period's target added up. AVG: the mean of every period's target, as the goal list shows it. */
  target: string;
  /** Progress HubSpot reported (SUM: summed, AVG: mean); null when it reported none. */
  actual: string | null;
  /**
   * SUM: actual / the targets of the schedules that report progress; AVG: actual / the target of the
   * judged periods with progress. Null without progress data or with a zero target. Below 1 is good
   * when lower is better.
   */
  attainment: number | null;
  status: PaceStatus;
  /**
   * What the figures leave out because HubSpot has no progress for it: schedules (assignees) with
   * started periods but no progress in any, and started periods without progress in the schedules
   * that do report. Missing progress is unknown, not zero, so it is left out rather than counted.
   */
  unreported: { schedules: number; periods: number };
}

/** A target's expected-to-date: SUM targets pro-rated by elapsed time, AVG targets in full once started. */
export function expectedToDate(target: Target, now: Instant): string {
  const at = toMillis(now);
  const start = Date.parse(target.start);
  const end = Date.parse(target.end);
  if (at <= start) return "0";
  if (target.metricType === "AVG" || at >= end) return target.amount;
  return prorate(target.amount, at - start, end - start);
}

export function targetPace(target: Target, now: Instant, tolerance = PACE_TOLERANCE): Pace {
  return paceOf([target], now, tolerance);
}

export function goalPace(goal: Goal, now: Instant, tolerance = PACE_TOLERANCE): Pace {
  return paceOf(targetsOf(goal), now, tolerance);
}

export function schedulePace(schedule: Schedule, now: Instant, tolerance = PACE_TOLERANCE): Pace {
  return paceOf(schedule.targets, now, tolerance);
}

/**
 * Pace over any set of targets of one goal. Direction and metric come from the first target: a
 * goal family shares them. Periods without progress data are left out of the judgement rather
 * than counted as zero, so a slice HubSpot has not computed yet cannot turn a goal "behind"; the
 * expected value and attainment shown next to the status leave out the same periods, so the
 * figures never contradict the verdict.
 */
export function paceOf(targets: readonly Target[], now: Instant, tolerance = PACE_TOLERANCE): Pace {
  if (targets.length === 0) return { expected: "0", target: "0", actual: null, attainment: null, status: "no_data", unreported: NOTHING_UNREPORTED };
  const at = toMillis(now);
  return targets[0].metricType === "AVG" ? averagePace(targets, at, tolerance) : summedPace(targets, at, tolerance);
}

const NOTHING_UNREPORTED = { schedules: 0, periods: 0 };

function summedPace(targets: readonly Target[], at: number, tolerance: number): Pace {
  const started = targets.filter((t) => Date.parse(t.start) <= at);
  const judged = started.filter((t) => t.actual !== null);
  const reporting = new Set(judged.map((t) => t.scheduleId));
  const silent = new Set(started.filter((t) => !reporting.has(t.scheduleId)).map((t) => t.scheduleId));
  const unreported = { schedules: silent.size, periods: started.filter((t) => t.actual === null && reporting.has(t.scheduleId)).length };
  const target = sum(targets.map((t) => t.amount));
  const actuals = targets.flatMap((t) => (t.actual === null ? [] : [t.actual]));
  const actual = actuals.length > 0 ? sum(actuals) : null;
  const expected = sum((judged.length > 0 ? judged : started).map((t) => expectedToDate(t, at)));
  if (started.length === 0) return { expected: "0", target, actual, attainment: null, status: "not_started", unreported };
  if (judged.length === 0) return { expected, target, actual, attainment: null, status: "no_data", unreported };
  const reportedTarget = sum(targets.filter((t) => reporting.has(t.scheduleId)).map((t) => t.amount));
  const judgedActual = sum(judged.map((t) => t.actual as string));
  const direction = targets[0].direction;
  const status = allEnded(targets, at) ? outcome(judgedActual, expected, direction) : judge(judgedActual, expected, direction, tolerance);
  return { expected, target, actual, attainment: actual === null ? null : ratio(actual, reportedTarget), status, unreported };
}

function allEnded(targets: readonly Target[], at: number): boolean {
  return targets.every((t) => Date.parse(t.end) <= at);
}

/** Once the periods are over there is no tolerance band: the target was reached or it was not. */
function outcome(actual: string, target: string, direction: Direction): PaceStatus {
  const order = compare(actual, target);
  const reached = direction === "LOWER_IS_BETTER" ? order <= 0 : order >= 0;
  return reached ? "achieved" : "missed";
}

/**
 * AVG goals are judged per period: for each schedule, the latest started period that has data (or
 * the latest started one, if none has), then means across schedules. Falling back to an earlier
 * period with data keeps a fresh month's empty first day from hiding last month's result.
 */
function averagePace(targets: readonly Target[], at: number, tolerance: number): Pace {
  const judged = new Map<string, Target>();
  for (const target of targets) {
    if (Date.parse(target.start) > at) continue;
    const current = judged.get(target.scheduleId);
    if (!current || laterJudgement(target, current)) judged.set(target.scheduleId, target);
  }
  if (judged.size === 0) {
    return { expected: "0", target: mean(targets.map((t) => t.amount)) ?? "0", actual: null, attainment: null, status: "not_started", unreported: NOTHING_UNREPORTED };
  }
  const periods = [...judged.values()];
  const target = mean(targets.map((t) => t.amount)) ?? "0";
  const withData = periods.filter((t) => t.actual !== null);
  // Each schedule is judged on one period, so only whole schedules can go unreported.
  const unreported = { schedules: periods.length - withData.length, periods: 0 };
  if (withData.length === 0) return { expected: mean(periods.map((t) => t.amount)) ?? "0", target, actual: null, attainment: null, status: "no_data", unreported };
  const actual = mean(withData.map((t) => t.actual as string)) ?? "0";
  const expected = mean(withData.map((t) => t.amount)) ?? "0";
  const direction = targets[0].direction;
  return {
    expected,
    target,
    actual,
    attainment: ratio(actual, expected),
    status: allEnded(targets, at) ? outcome(actual, expected, direction) : judge(actual, expected, direction, tolerance),
    unreported,
  };
}

function laterJudgement(candidate: Target, current: Target): boolean {
  const candidateHasData = candidate.actual !== null;
  const currentHasData = current.actual !== null;
  if (candidateHasData !== currentHasData) return candidateHasData;
  return candidate.start > current.start;
}

/** Compares actual with expected inside the tolerance band, the right way round for the direction. */
export function judge(actual: string, expected: string, direction: Direction, tolerance = PACE_TOLERANCE): PaceStatus {
  const value = exact(actual);
  const goal = exact(expected);
  const band = exact(tolerance);
  const upper = divideRounded(goal * (FIXED_SCALE + band), FIXED_SCALE);
  const lower = divideRounded(goal * (FIXED_SCALE - band), FIXED_SCALE);
  // A negative expectation flips the band's edges; order them so "above the band" stays above.
  const high = upper >= lower ? upper : lower;
  const low = upper >= lower ? lower : upper;
  const above = goal === 0n ? value > 0n : value > high;
  const below = goal === 0n ? value < 0n : value < low;
  if (!above && !below) return "on_pace";
  const better = direction === "LOWER_IS_BETTER" ? below : above;
  return better ? "ahead" : "behind";
}
