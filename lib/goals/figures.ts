import type { PaceStatus } from "./pace";
import type { Standing } from "./standing";

/**
 * The figures' names and definitions in a manager's words. Every page, CSV header and /help reads
 * them from here, so a figure is called the same everywhere; the definitions say what standing.ts
 * computes (its doc comments give the same rules).
 */
export const FIGURES = {
  target: {
    name: "Target",
    definition:
      "What the periods ask for, every assignee and period counted. For goals that add up (revenue, calls) the period targets are added together; for average goals (response times) it is the average of the period targets.",
  },
  currentTarget: {
    name: "Current target",
    definition:
      "The target of the periods running today, every assignee counted (added up, or averaged for average goals): what this month or quarter asks for. Blank when no period is running.",
  },
  expectedByToday: {
    name: "Expected by today",
    definition:
      "What should have been reached by now. Each period that has started counts its target in proportion to how much of the period has passed (a month ten days in counts a third of its target). Average goals expect the full target from the first day, since an average has to be met all along.",
  },
  actual: {
    name: "Actual",
    definition:
      "What HubSpot has measured in the periods that have started: added up, or for average goals the average of the periods' values. While a period is running its actual is marked “to date”: it is progress so far, not the period's result.",
  },
  attainmentToDate: {
    name: "Attainment to date",
    definition:
      "Actual ÷ the full target of the periods that have started. It tells how much of what is already under way has been done. Where lower is better, below 100% is good.",
  },
  progressTowardTotal: {
    name: "Progress toward the total",
    definition:
      "Actual ÷ the target of all periods, including those that have not started. It tells how far along the whole goal is. Average goals have none: an average does not build up toward a total.",
  },
  percentOfExpected: {
    name: "Percent of expected",
    definition:
      "Actual ÷ expected by today: 100% is exactly on pace, above it ahead of the plan (where lower is better, below it). The pace reads it with its ±5% band, and leaderboards rank by it when they rank by pace.",
  },
  pace: {
    name: "Pace",
    definition:
      "While any period is running or still to come: ahead, on pace or behind, comparing the actual with the expected by today. Within 5% either way is on pace. Where lower is better (response times) it is judged the other way round.",
  },
  outcome: {
    name: "Outcome",
    definition:
      "Once every period is over: achieved if the actual reached the target, missed if it did not, with no tolerance. Where lower is better, achieved means at or under the target.",
  },
  projection: {
    name: "Projection",
    definition:
      "Where the actual will land when the periods end if it keeps the rate so far. For goals that add up: actual ÷ the elapsed share, the share of the target that should be done by now (expected by today ÷ target). For one period that is the share of its time that has passed, so a month a third over with $4,000 projects $12,000; over several periods each counts by its target. For average goals the average so far is the projection: an average does not grow with time. There is none once every period is over (the outcome tells how it ended), before any period has started or any time has passed, or without progress data.",
  },
  projectionRange: {
    name: "Projection range",
    definition:
      "HubSpot keeps one value per period, not per day, so the latest window whose rate Goalboard can measure is each assignee's previous finished period. The range runs from the projection to where the rest of the time would land at that period's rate (its actual ÷ its target, taken together for every assignee; for average goals, its average, weighed by the time left). Without a finished period with a value there is no range.",
  },
  projectedAttainment: {
    name: "Projected attainment",
    definition:
      "Projection ÷ the target of the periods it covers. For goals that add up it equals the percent of expected. Where lower is better, below 100% is good.",
  },
  gapToTarget: {
    name: "Gap to target",
    definition:
      "Projection − target: how far short of the target (or past it) the rate so far lands. Beside it, what is needed: for goals that add up, what is still to be done (target − actual) spread over each day, or each week when two or more remain, until the last period ends; for average goals, the average the rest of the time must hold for the whole to land on the target.",
  },
  atRisk: {
    name: "At risk",
    definition:
      "Projected to miss the target by more than a threshold: a projected attainment below 90%, or above 110% where lower is better. The goal list's threshold is part of its address (risk=90), so a shared link flags the same goals.",
  },
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
