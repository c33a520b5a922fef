import { calendarPeriod } from "./calendar";
import { type FilterContext, filterGoals, filterTargets, type GoalFilters } from "./filters";
import { type Goal, targetsOf } from "./goal";
import type { Target } from "./model";
import { compareIds, compareText } from "./ordering";
import type { DateRange } from "./timeline-range";

export interface TimelineSelection {
  /** Goals passing the list's filters whose span meets the range, earliest first. */
  goals: Goal[];
  /** Their targets that meet the range and, when people are filtered, belong to those people. */
  targets: Target[];
  /** `scheduleKey`s to show under an expanded goal; null when no person or team filter is set (show all). */
  scheduleIds: Set<string> | null;
}

/**
 * What the timeline shows: the goal list's filters decide the goals (so the two pages agree on a
 * shared URL); a person or team filter then also narrows targets and assignee rows to those people,
 * or a goal shared by a whole team would put everyone's quota in one person's view.
 */
export function selectTimeline(all: readonly Goal[], filters: GoalFilters, context: FilterContext, range: DateRange): TimelineSelection {
  const meets = (period: { start: string; end: string }) => {
    const { start, end } = calendarPeriod(period.start, period.end, context.timeZone);
    return start < range.end && range.start < end;
  };
  const goals = filterGoals(all, filters, context)
    .filter(meets)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : compareText(a.name, b.name) || compareIds(a.id, b.id)));
  const inRange = goals.flatMap((goal) => targetsOf(goal).filter(meets));
  const byPeople = Boolean(filters.assignees?.length || filters.teams?.length);
  const targets = byPeople ? filterTargets(inRange, { assignees: filters.assignees, teams: filters.teams }, context) : inRange;
  const scheduleIds = byPeople
    ? new Set(filterTargets(goals.flatMap((goal) => targetsOf(goal)), { assignees: filters.assignees, teams: filters.teams }, context).map((t) => scheduleKey(t.goalId, t.scheduleId)))
    : null;
  return { goals, targets, scheduleIds };
}

/** Schedule ids are only unique within a goal. */
export function scheduleKey(goalId: string, scheduleId: string): string {
  return `${goalId}\u0000${scheduleId}`;
}
