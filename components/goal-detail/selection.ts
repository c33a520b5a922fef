import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "@/lib/goals/assignees";
import { calendarPeriod, localDayRange } from "@/lib/goals/calendar";
import type { Goal, Schedule } from "@/lib/goals/goal";
import { compareTargets } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { compareText } from "@/lib/goals/ordering";

/**
 * What the goal page shows for the view state in its URL: which assignees, which periods. Pure, so
 * the same link gives the same view on the server, in the browser and in tests.
 */

export interface AssigneeSchedules {
  assignee: ResolvedAssignee;
  schedules: Schedule[];
}

/**
 * One entry per person or team, by name. HubSpot may assign a person once by owner id and once by
 * user id; resolving both to one key keeps them together, as the goal list does.
 */
export function assigneesOf(goal: Goal, index: DirectoryIndex): AssigneeSchedules[] {
  const byKey = new Map<string, AssigneeSchedules>();
  for (const schedule of goal.schedules) {
    const assignee = resolveAssignee(schedule.assignee, index);
    const entry = byKey.get(assignee.key);
    if (entry) entry.schedules.push(schedule);
    else byKey.set(assignee.key, { assignee, schedules: [schedule] });
  }
  return [...byKey.values()].sort((a, b) => compareText(a.assignee.name, b.assignee.name) || (a.assignee.key < b.assignee.key ? -1 : 1));
}

export interface DayRange {
  /** First instant of the `from` day in the portal zone, or null for open. */
  start: number | null;
  /** First instant after the `to` day, or null for open. */
  end: number | null;
  /** Set when the link's range cannot be used; the view then ignores it and says why. */
  problem: "from_after_to" | null;
}

/** Reads "YYYY-MM-DD" bounds in the portal zone; a malformed bound counts as absent. */
export function dayRange(from: string | null, to: string | null, timeZone: string): DayRange {
  const start = from ? (localDayRange(from, timeZone)?.start ?? null) : null;
  const end = to ? (localDayRange(to, timeZone)?.end ?? null) : null;
  if (start !== null && end !== null && start >= end) return { start: null, end: null, problem: "from_after_to" };
  return { start, end, problem: null };
}

/**
 * A period is shown when any of it falls inside the range. Bounds are read as calendar dates (see
 * `calendarPeriod`), so "from March 1" keeps March even in a portal west of UTC.
 */
export function overlaps(target: Target, range: DayRange, timeZone: string): boolean {
  const period = calendarPeriod(target.start, target.end, timeZone);
  return (range.end === null || period.start < range.end) && (range.start === null || period.end > range.start);
}

export function periodsInRange(targets: readonly Target[], range: DayRange, timeZone: string): Target[] {
  if (range.start === null && range.end === null) return [...targets];
  return targets.filter((target) => overlaps(target, range, timeZone));
}

/** A schedule-shaped slice that the series and pace helpers accept. */
export function sliceOf(id: string, targets: Target[]): Schedule {
  return { id, assignee: targets[0]?.assignee ?? { kind: "none" }, targets };
}

export interface GoalSelection {
  /** Assignees shown, each with their periods in range. */
  groups: { assignee: ResolvedAssignee; targets: Target[] }[];
  /** Every period in range of the shown assignees, for the chart and the totals. */
  targets: Target[];
  /** The URL named an assignee who is not part of this goal; everyone is shown instead. */
  unknownAssignee: boolean;
}

export function selectGoalView(goal: Goal, assignees: readonly AssigneeSchedules[], assigneeKey: string | null, range: DayRange, timeZone: string): GoalSelection {
  const chosen = assigneeKey === null ? null : assignees.find((entry) => entry.assignee.key === assigneeKey);
  const shown = chosen ? [chosen] : assignees;
  const groups = shown.map((entry) => ({
    assignee: entry.assignee,
    targets: periodsInRange(
      entry.schedules.flatMap((schedule) => schedule.targets),
      range,
      timeZone,
    ).sort(compareTargets),
  }));
  return { groups, targets: groups.flatMap((group) => group.targets), unknownAssignee: assigneeKey !== null && !chosen };
}

/** The goal a family answer stands for; ids compare without case, as HubSpot's uuids do. */
export function goalOf(goals: readonly Goal[], goalId: string): Goal | null {
  const wanted = goalId.toLowerCase();
  return goals.find((goal) => goal.id.toLowerCase() === wanted) ?? goals[0] ?? null;
}
