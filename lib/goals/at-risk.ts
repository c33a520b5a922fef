import type { Direction } from "./model";
import type { Projection } from "./projection";

// The at-risk rule apart from the projection's maths: every page that formats a projected
// attainment needs it, and only the server and the goal pages compute projections.

/** The default at-risk threshold (`risk=90`): projected to reach less than 90% of the target. */
export const AT_RISK_THRESHOLD = 0.9;

/**
 * At risk: projected to miss the target by more than the threshold allows. Where higher is better,
 * a projected attainment below the threshold (90%); where lower is better, above its mirror (110%).
 */
export function isAtRisk(projection: Projection | null, direction: Direction, threshold = AT_RISK_THRESHOLD): boolean {
  if (projection?.attainment == null) return false;
  const bound = atRiskBound(direction, threshold);
  return direction === "LOWER_IS_BETTER" ? projection.attainment > bound : projection.attainment < bound;
}

/** The projected attainment past which a goal is at risk: the threshold, or its mirror where lower is better. */
export function atRiskBound(direction: Direction, threshold = AT_RISK_THRESHOLD): number {
  return direction === "LOWER_IS_BETTER" ? 2 - threshold : threshold;
}

/** The at-risk rule in words, as a badge's tooltip gives it: "projected below 90% of the target". */
export function atRiskRule(direction: Direction, threshold = AT_RISK_THRESHOLD): string {
  const percent = Math.round(atRiskBound(direction, threshold) * 100);
  return `projected ${direction === "LOWER_IS_BETTER" ? "above" : "below"} ${percent}% of the target`;
}
