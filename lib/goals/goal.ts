import type { AssigneeRef, Direction, Target } from "./model";

/** One assignee's run of periods within a goal (`hs_goal_target_group_id`). */
export interface Schedule {
  id: string;
  assignee: AssigneeRef;
  /** Sorted by start, then end, then id. */
  targets: Target[];
}

/** What a HubSpot user sees as one goal: every target sharing `hs_group_correlation_uuid`. */
export interface Goal {
  id: string;
  name: string;
  goalType: string | null;
  cadence: string | null;
  direction: Direction;
  metricType: "SUM" | "AVG";
  unit: Target["unit"];
  /** Earliest period start. */
  start: string;
  /** Latest period end (exclusive). */
  end: string;
  /** True only when every target is archived. */
  archived: boolean;
  schedules: Schedule[];
  targetCount: number;
  /** The goal's Target over every period and assignee (see `Standing.target`). */
  totalAmount: string;
  /** Creator of the earliest-created target: the person who set the goal up. */
  createdByUserId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Union over all targets, in id order. */
  pipelineIds: string[];
  currency: string | null;
}

/** Every target of a goal or schedule, in schedule order. */
export function targetsOf(subject: Goal | Schedule): Target[] {
  if ("schedules" in subject) return subject.schedules.flatMap((schedule) => schedule.targets);
  return subject.targets;
}
