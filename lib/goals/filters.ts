import { type DirectoryIndex, assigneeKey, resolveAssignee } from "./assignees";
import { calendarPeriod, localDayRange } from "./calendar";
import { type Goal, targetsOf } from "./goal";
import { type Instant, toMillis } from "./instant";
import type { AssigneeRef, Directory, Target } from "./model";
import { type PeriodStatus, goalStatus, targetStatus } from "./periods";

export interface GoalFilters {
  /** Words that must all appear in the name, in any order and case. */
  q?: string;
  /** Assignee keys such as "owner:123", "user:456", "team:7". */
  assignees?: string[];
  /** Team ids: matches team goals and goals whose assignee belongs to the team. */
  teams?: string[];
  types?: string[];
  statuses?: PeriodStatus[];
  /** "YYYY-MM-DD": goals with a period containing that day in the portal zone. Ignored if malformed. */
  date?: string;
  /** true: archived only; false: live only; absent: both. */
  archived?: boolean;
}

export interface FilterContext {
  now: Instant;
  directoryIndex: Directory | DirectoryIndex;
  timeZone: string;
}

/** Predicates prepared once per filter change, then applied to every row. */
interface Prepared {
  words: string[];
  assignees: Set<string> | null;
  teams: Set<string> | null;
  types: Set<string> | null;
  statuses: Set<PeriodStatus> | null;
  day: { start: number; end: number } | null;
  archived: boolean | undefined;
}

export function filterGoals(goals: readonly Goal[], filters: GoalFilters, context: FilterContext): Goal[] {
  const prepared = prepare(filters, context);
  const at = toMillis(context.now);
  return goals.filter(
    (goal) =>
      (prepared.archived === undefined || goal.archived === prepared.archived) &&
      (prepared.types === null || prepared.types.has(goal.goalType ?? "")) &&
      (prepared.statuses === null || prepared.statuses.has(goalStatus(goal, at))) &&
      matchesWords(goal.name, prepared.words) &&
      goal.schedules.some((schedule) => matchesPeople(schedule.assignee, prepared, context.directoryIndex)) &&
      (prepared.day === null || targetsOf(goal).some((target) => coversDay(target, prepared.day!, context.timeZone))),
  );
}

export function filterTargets(targets: readonly Target[], filters: GoalFilters, context: FilterContext): Target[] {
  const prepared = prepare(filters, context);
  const at = toMillis(context.now);
  return targets.filter(
    (target) =>
      (prepared.archived === undefined || target.archived === prepared.archived) &&
      (prepared.types === null || prepared.types.has(target.goalType ?? "")) &&
      (prepared.statuses === null || prepared.statuses.has(targetStatus(target, at))) &&
      matchesWords(target.name, prepared.words) &&
      matchesPeople(target.assignee, prepared, context.directoryIndex) &&
      (prepared.day === null || coversDay(target, prepared.day, context.timeZone)),
  );
}

function prepare(filters: GoalFilters, context: FilterContext): Prepared {
  const nonEmpty = <T>(values: T[] | undefined) => (values && values.length > 0 ? new Set(values) : null);
  return {
    words: fold(filters.q ?? "")
      .split(/\s+/)
      .filter((word) => word !== ""),
    assignees: nonEmpty(filters.assignees?.flatMap((key) => [key, resolvedKey(key, context.directoryIndex)])),
    teams: nonEmpty(filters.teams),
    types: nonEmpty(filters.types),
    statuses: nonEmpty(filters.statuses),
    day: filters.date ? localDayRange(filters.date, context.timeZone) : null,
    archived: filters.archived,
  };
}

/** "user:26748728" also selects the owner with that userId, matching how assignees resolve. */
function resolvedKey(key: string, directory: Directory | DirectoryIndex): string {
  const [kind, ...rest] = key.split(":");
  const id = rest.join(":");
  if ((kind !== "owner" && kind !== "user" && kind !== "team") || id === "") return key;
  return resolveAssignee({ kind, id }, directory).key;
}

/** Case- and accent-insensitive, so "munchen" finds "München". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function matchesWords(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fold(name);
  return words.every((word) => haystack.includes(word));
}

function matchesPeople(ref: AssigneeRef, prepared: Prepared, directory: Directory | DirectoryIndex): boolean {
  if (prepared.assignees === null && prepared.teams === null) return true;
  const resolved = resolveAssignee(ref, directory);
  // Both keys count: a link may name the person as HubSpot assigned them or as we resolved them.
  const assigneeOk =
    prepared.assignees === null || prepared.assignees.has(resolved.key) || prepared.assignees.has(assigneeKey(ref));
  const teamOk = prepared.teams === null || resolved.teamIds.some((teamId) => prepared.teams!.has(teamId));
  return assigneeOk && teamOk;
}

function coversDay(target: Target, day: { start: number; end: number }, timeZone: string): boolean {
  const period = calendarPeriod(target.start, target.end, timeZone);
  // Overlap rather than containment, so a period starting mid-day (a non-midnight bound) still counts that day.
  return period.start < day.end && day.start < period.end;
}
