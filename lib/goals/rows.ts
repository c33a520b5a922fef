import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "./assignees";
import { mean, sum } from "./decimal";
import { type Goal, targetsOf } from "./goal";
import { type Instant, toMillis } from "./instant";
import type { Directory, Target } from "./model";
import { type Pace, goalPace, targetPace } from "./pace";
import { type PeriodStatus, containsInstant, goalStatus, targetStatus } from "./periods";
import { compareText } from "./ordering";

/**
 * Table rows: everything a list column shows or sorts by, computed once per goal or target so
 * sorting 10,000 rows never recomputes pace or re-resolves names inside a comparator.
 */

export interface RowContext {
  now: Instant;
  directory: Directory | DirectoryIndex;
}

export interface GoalRow {
  goal: Goal;
  /** One entry per distinct assignee, sorted by name. */
  assignees: ResolvedAssignee[];
  /** The names joined, for display and sorting. */
  assigneeLabel: string;
  status: PeriodStatus;
  /** Targets whose period contains now: summed (SUM) or averaged (AVG); null between periods. */
  currentTarget: string | null;
  totalTarget: string;
  /** Attainment of the whole goal so far. */
  progress: number | null;
  pace: Pace;
}

export interface TargetRow {
  target: Target;
  assignee: ResolvedAssignee;
  status: PeriodStatus;
  progress: number | null;
  pace: Pace;
}

export function goalRow(goal: Goal, context: RowContext): GoalRow {
  const at = toMillis(context.now);
  const byKey = new Map<string, ResolvedAssignee>();
  for (const schedule of goal.schedules) {
    const resolved = resolveAssignee(schedule.assignee, context.directory);
    byKey.set(resolved.key, resolved);
  }
  const assignees = [...byKey.values()].sort((a, b) => compareText(a.name, b.name) || (a.key < b.key ? -1 : 1));
  const current = targetsOf(goal)
    .filter((target) => containsInstant(target, at))
    .map((target) => target.amount);
  const pace = goalPace(goal, at);
  return {
    goal,
    assignees,
    assigneeLabel: assignees.map((assignee) => assignee.name).join(", "),
    status: goalStatus(goal, at),
    currentTarget: current.length === 0 ? null : goal.metricType === "AVG" ? mean(current) : sum(current),
    totalTarget: goal.totalAmount,
    progress: pace.attainment,
    pace,
  };
}

export function targetRow(target: Target, context: RowContext): TargetRow {
  const at = toMillis(context.now);
  const pace = targetPace(target, at);
  return {
    target,
    assignee: resolveAssignee(target.assignee, context.directory),
    status: targetStatus(target, at),
    progress: pace.attainment,
    pace,
  };
}

export function goalRows(goals: readonly Goal[], context: RowContext): GoalRow[] {
  return goals.map((goal) => goalRow(goal, context));
}

export function targetRows(targets: readonly Target[], context: RowContext): TargetRow[] {
  return targets.map((target) => targetRow(target, context));
}
