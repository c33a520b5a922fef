import type { Goal, Schedule } from "./goal";
import type { Target } from "./model";
import { compareIds, compareText } from "./ordering";
import { targetOf } from "./standing";

/**
 * Builds goals from a flat list of targets in O(n log n): one pass into maps keyed by family and
 * schedule, then a sort per schedule. Goals come out by name, then id; schedules by id.
 */
export function groupGoals(targets: readonly Target[]): Goal[] {
  const families = new Map<string, Map<string, Target[]>>();
  for (const target of targets) {
    let schedules = families.get(target.goalId);
    if (!schedules) families.set(target.goalId, (schedules = new Map()));
    const list = schedules.get(target.scheduleId);
    if (list) list.push(target);
    else schedules.set(target.scheduleId, [target]);
  }

  const goals: Goal[] = [];
  for (const [goalId, scheduleMap] of families) goals.push(buildGoal(goalId, scheduleMap));
  return goals.sort((a, b) => compareText(a.name, b.name) || compareIds(a.id, b.id));
}

/** Chronological order, with id as the last word so equal periods never swap between renders. */
export function compareTargets(a: Target, b: Target): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return compareIds(a.id, b.id);
}

function buildGoal(goalId: string, scheduleMap: Map<string, Target[]>): Goal {
  const schedules: Schedule[] = [];
  const all: Target[] = [];
  for (const [scheduleId, list] of scheduleMap) {
    list.sort(compareTargets);
    schedules.push({ id: scheduleId, assignee: representative(list).assignee, targets: list });
    for (const target of list) all.push(target);
  }
  schedules.sort((a, b) => compareIds(a.id, b.id));

  // Slices of one goal normally agree on name, type and judgement; if an edit reached only some
  // of them, the most recently updated slice is the best guess at the goal's current definition.
  const latest = representative(all);
  let start = all[0].start;
  let end = all[0].end;
  let createdAt = all[0].createdAt;
  let updatedAt = all[0].updatedAt;
  let creator = all[0];
  let archived = true;
  const pipelines = new Set<string>();
  for (const target of all) {
    if (target.start < start) start = target.start;
    if (target.end > end) end = target.end;
    if (target.updatedAt > updatedAt) updatedAt = target.updatedAt;
    if (target.createdAt < createdAt || (target.createdAt === createdAt && compareIds(target.id, creator.id) < 0)) {
      createdAt = target.createdAt;
      creator = target;
    }
    if (!target.archived) archived = false;
    for (const id of target.pipelineIds) pipelines.add(id);
  }
  const currency = latest.currency ?? all.find((target) => target.currency !== null)?.currency ?? null;

  return {
    id: goalId,
    name: latest.name,
    goalType: latest.goalType,
    cadence: latest.cadence,
    direction: latest.direction,
    metricType: latest.metricType,
    unit: latest.unit,
    start,
    end,
    archived,
    schedules,
    targetCount: all.length,
    totalAmount: targetOf(all, latest.metricType) ?? "0",
    createdByUserId: creator.createdByUserId,
    createdAt,
    updatedAt,
    pipelineIds: [...pipelines].sort(compareIds),
    currency,
  };
}

/** The most recently updated target; ties go to the lowest id so the choice is deterministic. */
function representative(targets: readonly Target[]): Target {
  let best = targets[0];
  for (const target of targets) {
    if (target.updatedAt > best.updatedAt || (target.updatedAt === best.updatedAt && compareIds(target.id, best.id) < 0)) {
      best = target;
    }
  }
  return best;
}
