import type { PaceStatus } from "./pace";
import type { Standing } from "./standing";

/**
 * The figures' names. Every page, CSV header and /help reads them from here, so a figure is called
 * the same everywhere; what each one means is in figure-definitions.ts.
 */
export const FIGURES = {
  target: { name: "Target" },
  currentTarget: { name: "Current target" },
  expectedByToday: { name: "Expected by today" },
  actual: { name: "Actual" },
  attainmentToDate: { name: "Attainment to date" },
  progressTowardTotal: { name: "Progress toward the total" },
  percentOfExpected: { name: "Percent of expected" },
  pace: { name: "Pace" },
  outcome: { name: "Outcome" },
  projection: { name: "Projection" },
  projectionRange: { name: "Projection range" },
  projectedAttainment: { name: "Projected attainment" },
  gapToTarget: { name: "Gap to target" },
  atRisk: { name: "At risk" },
} as const;

export type FigureKey = keyof typeof FIGURES;

/** What missing progress does to the figures, in the same words everywhere. */
export const MISSING_PROGRESS =
  "No progress data means HubSpot has not reported a value. It is not zero and counts against no one: an assignee without any progress data is left out of every figure except the target, and so is a started period without a value of an assignee who reports others. The page says who and what was left out.";

/** What an average goal shows for progress toward the total, the same on every page. */
export const NO_PROGRESS_FOR_AVERAGE = "None for an average";

/**
 * Why a ratio figure has no value: an average never has progress toward a total, a goal that has not
 * started has nothing to divide yet, otherwise HubSpot reported no progress.
 */
export function whyNoRatio(figure: "attainmentToDate" | "progressTowardTotal", standing: Pick<Standing, "metricType" | "status">): "average" | "not_started" | "no_data" {
  if (figure === "progressTowardTotal" && standing.metricType === "AVG") return "average";
  return standing.status === "not_started" ? "not_started" : "no_data";
}

const STATUS_LABELS: Record<PaceStatus, string> = {
  ahead: "Ahead",
  on_pace: "On pace",
  behind: "Behind",
  achieved: "Achieved",
  missed: "Missed",
  no_data: "No progress data",
  not_started: "Not started",
};

export function statusLabel(status: PaceStatus): string {
  return STATUS_LABELS[status];
}

/** "Pace" while periods run, "Outcome" once they are over. */
export function verdictName(standing: Pick<Standing, "outcome">): string {
  return standing.outcome ? FIGURES.outcome.name : FIGURES.pace.name;
}

/**
 * How full a progress bar is: fuller is better and full means the target is met. Where higher is
 * better that is the ratio itself; where lower is better (response times) the bar stays full while
 * the actual is at or under the target and empties as it goes over (at 125% of the target, 80% full).
 */
export function barFill(ratio: number, direction: Standing["direction"]): number {
  if (direction === "LOWER_IS_BETTER") return ratio <= 1 ? 1 : 1 / ratio;
  return Math.max(0, Math.min(1, ratio));
}
