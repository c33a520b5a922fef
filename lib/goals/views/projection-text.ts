import { compare } from "../decimal";
import type { Target } from "../model";
import type { Projection } from "../projection";
import type { Standing } from "../standing";

/** Anything that formats an amount in its unit (the page's formatters, or /help's fixed ones). */
type Amount = (value: string | null, unit: Target["unit"]) => string;

const DAY_MS = 86_400_000;
/** From two weeks left, "a week" reads better than "a day". */
const WEEKLY_FROM_DAYS = 14;

/** Gap to target in words: "$3,200 below target", "0.5 h above target", "on target". */
export function gapText(projection: Projection, unit: Target["unit"], amount: Amount): string {
  const side = compare(projection.gap, "0");
  const size = amount(side < 0 ? projection.gap.replace(/^-/, "") : projection.gap, unit);
  // A gap too small for the unit's precision ("0 hr") is no gap a manager can act on.
  if (side === 0 || size === amount("0", unit)) return "on target";
  return `${size} ${side < 0 ? "below" : "above"} target`;
}

/** What is needed from here on, in words, the right way round for the direction. */
export function neededText(projection: Projection, standing: Pick<Standing, "direction" | "metricType">, unit: Target["unit"], amount: Amount): string {
  const lower = standing.direction === "LOWER_IS_BETTER";
  if (standing.metricType === "AVG") {
    if (projection.neededAverage === null) return "";
    return `the rest must average ${lower ? "at most" : "at least"} ${amount(projection.neededAverage, unit)}`;
  }
  if (projection.neededPerDay === null) return lower ? "target already used up" : "target already reached";
  const weekly = projection.remainingMs >= WEEKLY_FROM_DAYS * DAY_MS;
  const rate = `${amount(weekly ? projection.neededPerWeek : projection.neededPerDay, unit)} a ${weekly ? "week" : "day"}`;
  return lower ? `at most ${rate} from here` : `${rate} needed from here`;
}

/** "$36,500 to $36,800", or null without a range. */
export function rangeText(projection: Projection, unit: Target["unit"], amount: Amount): string | null {
  if (!projection.range) return null;
  return `${amount(projection.range.low, unit)} to ${amount(projection.range.high, unit)}`;
}

/** Why a standing has no projection: "every period is over; the outcome says how it ended". */
export function noProjectionText(standing: Pick<Standing, "status" | "outcome">): string {
  if (standing.outcome) return "every period is over; the outcome says how it ended";
  if (standing.status === "not_started") return "nothing has started yet";
  if (standing.status === "no_data") return "no progress data";
  return "too early, no time has passed yet";
}
