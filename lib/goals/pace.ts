import { compare, exact } from "./decimal";
import { FIXED_SCALE, divideRounded } from "./fixed-point";
import type { Direction } from "./model";

/** While periods run, a pace; once every period is over, an outcome; or why there is neither. */
export type Pace = "ahead" | "on_pace" | "behind";
export type Outcome = "achieved" | "missed";
export type PaceStatus = Pace | Outcome | "no_data" | "not_started";

/**
 * Within ±5% of the expected value counts as on pace: a manager cares about clear leads and gaps,
 * not about a deal closing a day earlier or later. The band is inclusive at both edges.
 */
export const PACE_TOLERANCE = 0.05;

/** Compares actual with expected inside the tolerance band, the right way round for the direction. */
export function judge(actual: string, expected: string, direction: Direction, tolerance = PACE_TOLERANCE): Pace {
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

/** Once the periods are over there is no tolerance band: the target was reached or it was not. */
export function outcomeOf(actual: string, target: string, direction: Direction): Outcome {
  const order = compare(actual, target);
  const reached = direction === "LOWER_IS_BETTER" ? order <= 0 : order >= 0;
  return reached ? "achieved" : "missed";
}
