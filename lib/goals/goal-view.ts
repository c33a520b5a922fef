import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "./assignees";
import { localDateKey, localDayRange } from "./calendar";
import type { Goal, Schedule } from "./goal";
import { toMillis } from "./instant";
import { compareTargets } from "./group";
import type { Target } from "./model";
import { compareText } from "./ordering";
import type { PeriodStatus } from "./periods";
import { periodOf, type Standing, type StandingContext, standingOf } from "./standing";

/**
 * What the goal page shows for the view state in its URL (which assignees, which dates), with the
 * standing of the whole view, of each assignee and of each period. Pure, so the same link gives
 * the same figures on the server, in the browser and in tests.
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
  const period = periodOf(target, timeZone);
  return (range.end === null || period.start < range.end) && (range.start === null || period.end > range.start);
}

export function periodsInRange(targets: readonly Target[], range: DayRange, timeZone: string): Target[] {
  if (range.start === null && range.end === null) return [...targets];
  return targets.filter((target) => overlaps(target, range, timeZone));
}

/** The goal's first and last calendar day in the portal zone, "YYYY-MM-DD": the bounds of its date inputs. */
export function goalDays(goal: Pick<Goal, "start" | "end">, timeZone: string): { first: string; last: string } {
  const { start, end } = periodOf(goal, timeZone);
  return { first: localDateKey(start, timeZone), last: localDateKey(end - 1, timeZone) };
}

/** Running now, still to come or over, with the period read in the portal's calendar. */
export function periodStatusAt(target: Pick<Target, "start" | "end">, at: number, timeZone: string): PeriodStatus {
  const { start, end } = periodOf(target, timeZone);
  return at < start ? "upcoming" : at >= end ? "ended" : "active";
}

export interface PeriodLine {
  target: Target;
  status: PeriodStatus;
  standing: Standing;
}

export interface AssigneeView {
  assignee: ResolvedAssignee;
  /** Their periods in range, in time order, each with its own standing. */
  periods: PeriodLine[];
  /** Over all their periods in range: the total row. */
  standing: Standing;
}

export interface GoalView {
  /** Assignees shown, each with their periods in range (possibly none). */
  groups: AssigneeView[];
  /** Every period in range of the shown assignees. */
  targets: Target[];
  /** Over every period shown: the cards and the chart. */
  standing: Standing;
  /** The URL named an assignee who is not part of this goal; everyone is shown instead. */
  unknownAssignee: boolean;
}

export interface GoalViewChoice {
  /** Assignee key such as "owner:123"; null for everyone. */
  assignee: string | null;
  range: DayRange;
}

export function goalView(goal: Goal, assignees: readonly AssigneeSchedules[], choice: GoalViewChoice, context: StandingContext): GoalView {
  const at = toMillis(context.now);
  const judgement = { metricType: goal.metricType, direction: goal.direction };
  const chosen = choice.assignee === null ? null : assignees.find((entry) => entry.assignee.key === choice.assignee);
  const shown = chosen ? [chosen] : assignees;
  const groups = shown.map((entry) => {
    const targets = periodsInRange(
      entry.schedules.flatMap((schedule) => schedule.targets),
      choice.range,
      context.timeZone,
    ).sort(compareTargets);
    return {
      assignee: entry.assignee,
      periods: targets.map((target) => ({ target, status: periodStatusAt(target, at, context.timeZone), standing: standingOf([target], context, judgement) })),
      standing: standingOf(targets, context, judgement),
    };
  });
  const targets = groups.flatMap((group) => group.periods.map((p) => p.target));
  return { groups, targets, standing: standingOf(targets, context, judgement), unknownAssignee: choice.assignee !== null && !chosen };
}

/** The goal a family answer stands for; ids compare without case, as HubSpot's uuids do. */
export function goalOf(goals: readonly Goal[], goalId: string): Goal | null {
  const wanted = goalId.toLowerCase();
  return goals.find((goal) => goal.id.toLowerCase() === wanted) ?? goals[0] ?? null;
}
