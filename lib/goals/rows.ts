import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "./assignees";
import { type Goal, type Schedule, targetsOf } from "./goal";
import { toMillis } from "./instant";
import type { Directory, Target } from "./model";
import { compareText } from "./ordering";
import { type PeriodStatus, goalStatus, targetStatus } from "./periods";
import { periodOf, type Standing, type StandingContext, standingOf, targetOf } from "./standing";

/**
 * Table rows: everything a list column shows or sorts by, computed once per goal or target so
 * sorting 10,000 rows never recomputes a standing or re-resolves names inside a comparator.
 */

export interface RowContext extends StandingContext {
  directory: Directory | DirectoryIndex;
}

export interface GoalRow {
  goal: Goal;
  /** One entry per distinct assignee, sorted by name. */
  assignees: ResolvedAssignee[];
  /** The names joined, for display and sorting. */
  assigneeLabel: string;
  status: PeriodStatus;
  /** The Target of the periods running now (added up, or averaged for average goals); null between periods. */
  currentTarget: string | null;
  standing: Standing;
}

export interface ScheduleRow {
  schedule: Schedule;
  assignee: ResolvedAssignee;
  currentTarget: string | null;
  standing: Standing;
}

export interface TargetRow {
  target: Target;
  assignee: ResolvedAssignee;
  status: PeriodStatus;
  standing: Standing;
}

/** The Target of the periods running at `at`, read in the portal's calendar as the standing reads them. */
function currentTargetOf(targets: readonly Target[], metricType: Target["metricType"], at: number, timeZone: string): string | null {
  return targetOf(
    targets.filter((target) => {
      const { start, end } = periodOf(target, timeZone);
      return start <= at && at < end;
    }),
    metricType,
  );
}

/** A goal's distinct assignees, sorted by name, and their names joined: what no moment changes. */
export function goalAssignees(goal: Goal, directory: RowContext["directory"]): Pick<GoalRow, "assignees" | "assigneeLabel"> {
  const byKey = new Map<string, ResolvedAssignee>();
  for (const schedule of goal.schedules) {
    const resolved = resolveAssignee(schedule.assignee, directory);
    byKey.set(resolved.key, resolved);
  }
  const assignees = [...byKey.values()].sort((a, b) => compareText(a.name, b.name) || (a.key < b.key ? -1 : 1));
  return { assignees, assigneeLabel: assignees.map((assignee) => assignee.name).join(", ") };
}

export function goalRow(goal: Goal, context: RowContext): GoalRow {
  const at = toMillis(context.now);
  const targets = targetsOf(goal);
  return {
    goal,
    ...goalAssignees(goal, context.directory),
    status: goalStatus(goal, at),
    currentTarget: currentTargetOf(targets, goal.metricType, at, context.timeZone),
    standing: standingOf(targets, context, { metricType: goal.metricType, direction: goal.direction }),
  };
}

/** One assignee's line under an expanded goal. */
export function scheduleRow(goal: Goal, schedule: Schedule, context: RowContext): ScheduleRow {
  return {
    schedule,
    assignee: resolveAssignee(schedule.assignee, context.directory),
    currentTarget: currentTargetOf(schedule.targets, goal.metricType, toMillis(context.now), context.timeZone),
    standing: standingOf(schedule.targets, context, { metricType: goal.metricType, direction: goal.direction }),
  };
}

export function targetRow(target: Target, context: RowContext): TargetRow {
  return {
    target,
    assignee: resolveAssignee(target.assignee, context.directory),
    status: targetStatus(target, toMillis(context.now)),
    standing: standingOf([target], context),
  };
}

export function goalRows(goals: readonly Goal[], context: RowContext): GoalRow[] {
  return goals.map((goal) => goalRow(goal, context));
}

export function targetRows(targets: readonly Target[], context: RowContext): TargetRow[] {
  return targets.map((target) => targetRow(target, context));
}
