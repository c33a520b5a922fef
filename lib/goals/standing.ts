import { calendarPeriod } from "./calendar";
import { mean, prorate, ratio, sum } from "./decimal";
import { type Instant, toMillis } from "./instant";
import type { AssigneeRef, Direction, Target } from "./model";
import { judge, type Outcome, outcomeOf, type Pace, PACE_TOLERANCE, type PaceStatus } from "./pace";
import { type Projection, projectionOf } from "./projection";

/**
 * The one standing model: every figure Goalboard shows about goals, assignees, periods or any
 * window of them is computed here and nowhere else. A standing is taken over a set of targets
 * (a goal's, one assignee's, one period's, the periods inside a date range) at one moment, in the
 * portal's time zone. /help states the same definitions in the same words (see figures.ts).
 *
 * Periods are read as calendar periods in the portal's zone (`calendarPeriod`): HubSpot stores
 * "January" at UTC midnight, and in New York January starts five hours later than that.
 *
 * Missing progress is unknown, not zero. An assignee whose started periods have no progress at all
 * is left out of every figure but Target; a started period without progress of an assignee who
 * reports others is left out too. The figures beside each other always cover the same periods, and
 * the standing lists what it left out so the page can say so.
 */

export interface StandingContext {
  now: Instant;
  /** The portal's IANA zone. */
  timeZone: string;
  tolerance?: number;
}

/** What the figures leave out because HubSpot has no progress for it. */
export interface LeftOut {
  /** Assignees whose started periods all lack progress data, in the order met. */
  assignees: { scheduleId: string; assignee: AssigneeRef }[];
  /** Started periods without progress data, of assignees who report other periods. */
  periods: number;
}

export interface Standing {
  metricType: Target["metricType"];
  direction: Direction;
  /** How many targets (assignee-periods) the standing is taken over. */
  periods: number;
  /**
   * Target: what the periods ask for, every period and assignee counted. Sum goals: the targets
   * added up. Average goals (response times): the average of the period targets. Null without periods.
   */
  target: string | null;
  /**
   * Expected by today: what should have been reached by now. Sum goals: each started period's
   * target in proportion to how much of the period has passed, added up. Average goals: the
   * average target of the started periods (an average has to be met from the first day).
   * Null before any period has started.
   */
  expectedByToday: string | null;
  /**
   * Actual: what HubSpot measured in the started periods. Sum goals: added up; average goals:
   * the average of the periods' values. Null when HubSpot reported nothing.
   */
  actual: string | null;
  /** The actual includes a period still running: it is progress to date, not a finished result. */
  actualToDate: boolean;
  /**
   * The target of the started periods the actual covers, in full: the base of attainment to date.
   * Sum goals: added up; average goals: their average, which is also the expected by today.
   */
  startedTarget: string | null;
  /**
   * Attainment to date: Actual ÷ the full target of the periods that have started. Below 100% is
   * good when lower is better. Null without progress data or before any period has started.
   */
  attainmentToDate: number | null;
  /** The target of every period the figures cover, started or not: the base of progress toward the total. */
  coveredTarget: string | null;
  /**
   * Progress toward the total: Actual ÷ the target of all periods, including those not started.
   * Sum goals only: an average does not build up toward a total, so average goals have none.
   */
  progressTowardTotal: number | null;
  /**
   * Percent of expected: Actual ÷ Expected by today, 100% being exactly on pace. The pace verdict
   * reads it with its ±5% band; leaderboards rank by it. Null without progress data or expectation.
   */
  percentOfExpected: number | null;
  /** Pace: ahead, on pace or behind the expected by today (±5%), while any period is running or to come. */
  pace: Pace | null;
  /** Outcome: achieved or missed, once every period is over (no tolerance band). */
  outcome: Outcome | null;
  /** The pace or the outcome, or why there is neither. */
  status: PaceStatus;
  /** Projection (see projection.ts): while some period is running or to come and there is a run rate to go on. */
  projection: Projection | null;
  leftOut: LeftOut;
  /**
   * The targets the figures cover (every target but those left out), for drawing the same figures
   * on a chart. When no assignee reports at all, every target, so there is still a plan to show.
   */
  covered: readonly Target[];
}

type Span = Readonly<{ start: number; end: number }>;

/**
 * Each target's calendar period, remembered on the target itself: a list of 10,000 targets asks
 * for every one several times per render, and the memo inside calendarPeriod costs a string key.
 */
const spans = new WeakMap<object, { timeZone: string; span: Span }>();

/** A period in calendar reading, in epoch ms. */
export function periodOf(target: Pick<Target, "start" | "end">, timeZone: string): Span {
  const held = spans.get(target);
  if (held && held.timeZone === timeZone) return held.span;
  const span = calendarPeriod(target.start, target.end, timeZone);
  spans.set(target, { timeZone, span });
  return span;
}

/** Sum goals add targets up; average goals (response times) take their average. Null for none. */
export function combine(metricType: Target["metricType"], values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return metricType === "AVG" ? mean(values) : sum(values);
}

/** The Target figure of a set of targets of one goal. */
export function targetOf(targets: readonly Target[], metricType: Target["metricType"] = targets[0]?.metricType ?? "SUM"): string | null {
  return combine(metricType, targets.map((t) => t.amount));
}

/** A target's expected by `at`: sum targets pro-rated over their calendar period, average targets in full once started. */
export function expectedOf(target: Target, at: number, timeZone: string): string {
  const { start, end } = periodOf(target, timeZone);
  if (at <= start) return "0";
  if (target.metricType === "AVG" || at >= end) return target.amount;
  return prorate(target.amount, at - start, end - start);
}

/** Schedule ids are unique within a goal only. */
const scheduleOf = (t: Target) => `${t.goalId}\u0000${t.scheduleId}`;

/**
 * The standing of any set of targets of one goal. Metric and direction come from the first target
 * (a goal's slices share them) unless given.
 */
export function standingOf(
  targets: readonly Target[],
  context: StandingContext,
  judgement: Partial<Pick<Standing, "metricType" | "direction">> = {},
): Standing {
  const at = toMillis(context.now);
  const metricType = judgement.metricType ?? targets[0]?.metricType ?? "SUM";
  const direction = judgement.direction ?? targets[0]?.direction ?? "HIGHER_IS_BETTER";
  const averaged = metricType === "AVG";

  let anyStarted = false;
  let allOver = targets.length > 0;
  const reporting = new Set<string>();
  const startedSchedules = new Map<string, AssigneeRef>();
  for (const t of targets) {
    const { start, end } = periodOf(t, context.timeZone);
    if (end > at) allOver = false;
    if (start > at) continue;
    anyStarted = true;
    const schedule = scheduleOf(t);
    if (!startedSchedules.has(schedule)) startedSchedules.set(schedule, t.assignee);
    if (t.actual !== null) reporting.add(schedule);
  }

  // Silent assignees are left out only when someone reports: otherwise there is nothing to compare
  // and the plan itself (targets, expected by today) still stands.
  const someoneReports = reporting.size > 0;
  const assignees: LeftOut["assignees"] = [];
  if (someoneReports) {
    for (const [key, assignee] of startedSchedules) if (!reporting.has(key)) assignees.push({ scheduleId: key.slice(key.indexOf("\u0000") + 1), assignee });
  }
  const covered: Target[] = [];
  const judged: Target[] = [];
  let leftOutPeriods = 0;
  let actualToDate = false;
  for (const t of targets) {
    const schedule = scheduleOf(t);
    if (someoneReports && startedSchedules.has(schedule) && !reporting.has(schedule)) continue;
    const { start, end } = periodOf(t, context.timeZone);
    const started = start <= at;
    if (started && t.actual === null && someoneReports) {
      leftOutPeriods++;
      continue;
    }
    covered.push(t);
    if (started && (t.actual !== null || !someoneReports)) {
      judged.push(t);
      if (t.actual !== null && end > at) actualToDate = true;
    }
  }

  const target = targetOf(targets, metricType);
  const coveredTarget = targetOf(covered, metricType);
  const startedTarget = anyStarted ? targetOf(judged, metricType) : null;
  const expectedByToday = !anyStarted
    ? null
    : averaged
      ? startedTarget
      : sum(judged.map((t) => expectedOf(t, at, context.timeZone)));
  const actual = someoneReports ? combine(metricType, judged.map((t) => t.actual as string)) : null;

  let pace: Pace | null = null;
  let outcome: Outcome | null = null;
  if (actual !== null && expectedByToday !== null) {
    if (allOver) outcome = outcomeOf(actual, expectedByToday, direction);
    else pace = judge(actual, expectedByToday, direction, context.tolerance ?? PACE_TOLERANCE);
  }
  const status: PaceStatus = outcome ?? pace ?? (targets.length > 0 && !anyStarted ? "not_started" : "no_data");
  const projection =
    pace === null
      ? null
      : projectionOf({
          metricType,
          direction,
          at,
          actual,
          expectedByToday,
          coveredTarget,
          covered: covered.map((target) => ({ target, ...periodOf(target, context.timeZone) })),
        });
  return {
    metricType,
    direction,
    periods: targets.length,
    target,
    expectedByToday,
    actual,
    actualToDate: actual !== null && actualToDate,
    startedTarget,
    attainmentToDate: actual !== null && startedTarget !== null ? ratio(actual, startedTarget) : null,
    coveredTarget,
    progressTowardTotal: actual !== null && coveredTarget !== null && !averaged ? ratio(actual, coveredTarget) : null,
    percentOfExpected: actual !== null && expectedByToday !== null ? ratio(actual, expectedByToday) : null,
    pace,
    outcome,
    status,
    projection,
    leftOut: { assignees, periods: leftOutPeriods },
    covered,
  };
}
