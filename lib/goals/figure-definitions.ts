import type { FigureKey } from "./figures";

/**
 * What each figure means, in a manager's words: the same rules standing.ts computes (its doc
 * comments give them too). Apart from the names so that the pages showing figures do not ship these
 * paragraphs to the browser: /help renders them on the server (bench section 4: 1 to 2 KiB gzip
 * less first-load JS on the goal, target, leaderboard and wall pages).
 */
export const FIGURE_DEFINITIONS: Record<FigureKey, string> = {
  target:
    "What the periods ask for, every assignee and period counted. For goals that add up (revenue, calls) the period targets are added together; for average goals (response times) it is the average of the period targets.",
  currentTarget:
    "The target of the periods running today, every assignee counted (added up, or averaged for average goals): what this month or quarter asks for. Blank when no period is running.",
  expectedByToday:
    "What should have been reached by now. Each period that has started counts its target in proportion to how much of the period has passed (a month ten days in counts a third of its target). Average goals expect the full target from the first day, since an average has to be met all along.",
  actual:
    "What HubSpot has measured in the periods that have started: added up, or for average goals the average of the periods' values. While a period is running its actual is marked “to date”: it is progress so far, not the period's result.",
  attainmentToDate:
    "Actual ÷ the full target of the periods that have started. It tells how much of what is already under way has been done. Where lower is better, below 100% is good.",
  progressTowardTotal:
    "Actual ÷ the target of all periods, including those that have not started. It tells how far along the whole goal is. Average goals have none: an average does not build up toward a total.",
  percentOfExpected:
    "Actual ÷ expected by today: 100% is exactly on pace, above it ahead of the plan (where lower is better, below it). The pace reads it with its ±5% band, and leaderboards rank by it when they rank by pace.",
  pace:
    "While any period is running or still to come: ahead, on pace or behind, comparing the actual with the expected by today. Within 5% either way is on pace. Where lower is better (response times) it is judged the other way round.",
  outcome:
    "Once every period is over: achieved if the actual reached the target, missed if it did not, with no tolerance. Where lower is better, achieved means at or under the target.",
  projection:
    "Where the actual will land when the periods end if it keeps the rate so far. For goals that add up: actual ÷ the elapsed share, the share of the target that should be done by now (expected by today ÷ target). For one period that is the share of its time that has passed, so a month a third over with $4,000 projects $12,000; over several periods each counts by its target. For average goals the average so far is the projection: an average does not grow with time. There is none once every period is over (the outcome tells how it ended), before any period has started or any time has passed, or without progress data.",
  projectionRange:
    "HubSpot keeps one value per period, not per day, so the latest window whose rate Goalboard can measure is each assignee's previous finished period. The range runs from the projection to where the rest of the time would land at that period's rate (its actual ÷ its target, taken together for every assignee; for average goals, its average, weighed by the time left). Without a finished period with a value there is no range.",
  projectedAttainment:
    "Projection ÷ the target of the periods it covers. For goals that add up it equals the percent of expected. Where lower is better, below 100% is good.",
  gapToTarget:
    "Projection − target: how far short of the target (or past it) the rate so far lands. Beside it, what is needed: for goals that add up, what is still to be done (target − actual) spread over each day, or each week when two or more remain, until the last period ends; for average goals, the average the rest of the time must hold for the whole to land on the target.",
  atRisk:
    "Projected to miss the target by more than a threshold: a projected attainment below 90%, or above 110% where lower is better. The goal list's threshold is part of its address (risk=90), so a shared link flags the same goals.",
};
