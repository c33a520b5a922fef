import { compare, divide, exact, multiply, prorate, ratio, subtract, sum } from "./decimal";
import type { Direction, Target } from "./model";

/**
 * Projection: where the actual will land when the periods end, at the run rate so far. Computed by
 * the standing model (standing.ts) over the same periods as every other figure; /help states the
 * same rules in the same words (figures.ts).
 *
 * Sum goals: the run rate is measured against the plan. The elapsed share is the expected by
 * today ÷ the target, which for one period is the share of its time that has passed, and for
 * several periods weighs each by its target (a month with a larger target is expected to bring
 * more). Projection = actual ÷ elapsed share.
 *
 * Average goals (response times): an average does not grow with time, so the average so far is
 * the projection.
 *
 * HubSpot keeps one value per period, never per day, so the last window whose rate can be measured
 * is each assignee's previous finished period. The range runs from the projection to where the
 * rest would land at that period's rate.
 */

const DAY_MS = 86_400_000;

export interface Projection {
  /** Where the actual lands when the last period ends. */
  value: string;
  /** Projection ÷ the target of the periods it covers. Null when that target is zero. */
  attainment: number | null;
  /**
   * Low and high ends: the projection, and the rest of the time at the rate of each assignee's
   * previous finished period (pooled). Null when no assignee has a finished period with a value.
   */
  range: { low: string; high: string } | null;
  /** Projection − target: below zero falls short where higher is better. */
  gap: string;
  /** When the last covered period ends (epoch ms). */
  end: number;
  /** Time left until then (ms). */
  remainingMs: number;
  /**
   * Sum goals: target − actual, what is still to be done (where lower is better, what is still
   * allowed); at or below zero the target is already reached (or used up).
   */
  toGo: string | null;
  /** Sum goals with something to go: `toGo` spread over the days left, and over the weeks left. */
  neededPerDay: string | null;
  neededPerWeek: string | null;
  /**
   * Average goals: the average the rest of the time must hold for the whole to land on the
   * target, weighing the time so far and the time left. Null once no time is left.
   */
  neededAverage: string | null;
}

export interface ProjectionInput {
  metricType: Target["metricType"];
  direction: Direction;
  at: number;
  actual: string | null;
  expectedByToday: string | null;
  /** Target of every covered period, started or not. */
  coveredTarget: string | null;
  /** Targets the figures cover, each with its calendar period. */
  covered: readonly { target: Target; start: number; end: number }[];
}

/** The projection of a standing's figures; null once every period is over, before any has started, or without progress data. */
export function projectionOf(input: ProjectionInput): Projection | null {
  const { metricType, at, actual, expectedByToday, coveredTarget, covered } = input;
  if (actual === null || expectedByToday === null || coveredTarget === null || covered.length === 0) return null;
  const end = Math.max(...covered.map((c) => c.end));
  if (end <= at) return null;
  const averaged = metricType === "AVG";
  // Zero elapsed (or a plan of zero so far): no run rate to project from yet.
  if (!averaged && exact(expectedByToday) === 0n) return null;

  const value = averaged ? actual : (divide(multiply(actual, coveredTarget), expectedByToday) as string);
  const remainingMs = end - at;
  const recent = recentRate(input);
  const timeShare = averaged ? elapsedTimeShare(covered, at) : 0;
  let other: string | null = null;
  if (recent !== null) {
    other = averaged
      ? sum([multiply(actual, timeShare), multiply(recent, 1 - timeShare)])
      : sum([actual, multiply(subtract(coveredTarget, expectedByToday), recent)]);
  }
  const toGo = averaged ? null : subtract(coveredTarget, actual);
  const perDay = toGo !== null && compare(toGo, "0") > 0 ? prorate(toGo, DAY_MS, remainingMs) : null;
  return {
    value,
    attainment: ratio(value, coveredTarget),
    range: other === null ? null : compare(other, value) < 0 ? { low: other, high: value } : { low: value, high: other },
    gap: subtract(value, coveredTarget),
    end,
    remainingMs,
    toGo,
    neededPerDay: perDay,
    neededPerWeek: perDay === null ? null : multiply(perDay, 7),
    neededAverage: averaged && timeShare < 1 ? (divide(subtract(coveredTarget, multiply(actual, timeShare)), 1 - timeShare) as string) : null,
  };
}

/**
 * The rate of the last window HubSpot can measure: each assignee's latest finished period with a
 * value, among the assignees with a period still running or to come. Sum goals: their actuals ÷
 * their targets, pooled. Average goals: the average of their values.
 */
function recentRate({ metricType, at, covered }: ProjectionInput): string | null {
  const latest = new Map<string, { target: Target; end: number }>();
  const ongoing = new Set<string>();
  for (const c of covered) {
    const schedule = `${c.target.goalId}\u0000${c.target.scheduleId}`;
    if (c.end > at) {
      ongoing.add(schedule);
      continue;
    }
    if (c.target.actual === null) continue;
    const held = latest.get(schedule);
    if (!held || c.end > held.end) latest.set(schedule, { target: c.target, end: c.end });
  }
  const last = [...latest].filter(([schedule]) => ongoing.has(schedule)).map(([, held]) => held.target);
  if (last.length === 0) return null;
  const actuals = last.map((t) => t.actual as string);
  if (metricType === "AVG") return divide(sum(actuals), last.length);
  return divide(sum(actuals), sum(last.map((t) => t.amount)));
}

/** Share of the covered periods' time that has passed, each period counted by its length. */
function elapsedTimeShare(covered: ProjectionInput["covered"], at: number): number {
  let passed = 0;
  let whole = 0;
  for (const { start, end } of covered) {
    whole += end - start;
    passed += Math.min(Math.max(at - start, 0), end - start);
  }
  return whole === 0 ? 1 : passed / whole;
}
