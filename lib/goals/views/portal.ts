import { type DirectoryIndex, indexDirectory, resolveAssignee } from "../assignees";
import type { Goal, Schedule } from "../goal";
import { groupGoals } from "../group";
import { humanize } from "../labels";
import type { Account, Directory, Target } from "../model";
import { compareIds, compareText } from "../ordering";
import { type GoalRow, goalRow, type RowContext, type ScheduleRow, scheduleRow, type TargetRow, targetRow } from "../rows";
import { periodOf } from "../standing";
import { portalFiscalOffset } from "../timeline-range";

/**
 * A portal's goal targets as the server holds them, and what every view derives from them once:
 * goals, the directory index, filter options. Views (goal list, /targets, timeline) are computed
 * from a model per request; what depends only on the held data is computed once per held answer.
 */

export interface PortalData {
  portalId: number;
  account: Account;
  directory: Directory;
  /** Optional HubSpot scopes not granted; assignee names fall back to ids where they were needed. */
  missingScopes: string[];
  targets: readonly Target[];
  /** Records HubSpot returned that could not be placed on a timeline (no valid dates). */
  skipped: number;
  fetchedAt: string;
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptions {
  assignees: FilterOption[];
  teams: FilterOption[];
  types: FilterOption[];
}

export interface PortalModel {
  data: PortalData;
  index: DirectoryIndex;
  /**
   * Goals in the order their targets arrived. A cold load receives whole goals one after another,
   * so every list shown while it runs is a prefix of this order (see `snapshotOf`).
   */
  loadOrder: readonly Goal[];
  /** Every goal, by name then id: the order sorts start from, so ties never swap between answers. */
  goals: readonly Goal[];
  /** Every target of those goals. */
  targets: readonly Target[];
  fiscalYearOffset: number;
}

const byName = (a: Goal, b: Goal) => compareText(a.name, b.name) || compareIds(a.id, b.id);

/** Goals of targets that arrive whole (all of a goal's targets together), in arrival order. */
export function goalsInArrivalOrder(targets: readonly Target[]): Goal[] {
  const first = new Map<string, number>();
  targets.forEach((target, i) => first.has(target.goalId) || first.set(target.goalId, i));
  return groupGoals(targets).sort((a, b) => first.get(a.id)! - first.get(b.id)!);
}

/**
 * The goals of a load still running that have all their targets. HubSpot pages targets in id
 * order and numbers a goal's targets together (they are created together), so every goal but
 * the one the last target belongs to is whole; each later page only adds goals after these.
 * A load read from both ends of the id space has two such goals still arriving (`arriving`).
 */
export function goalsCompleteSoFar(targets: readonly Target[], arriving: readonly (string | undefined)[] = [targets.at(-1)?.goalId]): Goal[] {
  return goalsInArrivalOrder(targets).filter((goal) => !arriving.includes(goal.id));
}

/** Which end of the id space a cold load's page came from: ascending from the lowest id, or descending from the highest. */
export type LoadEnd = "low" | "high";

/** A running load's goals so far: those whole, in arrival order, and the targets of the goals still arriving. */
export interface Arrived {
  complete: readonly Goal[];
  /** Targets of the goals still arriving (one per end). */
  open: readonly Target[];
  /** The goal of the last target from each end: the one still arriving there. */
  last: Readonly<Record<LoadEnd, string | undefined>>;
  /**
   * Some goal's targets came back after it was taken as whole: ids are not in goal order, so
   * `open` holds every target arrived and each page regroups them all.
   */
  scattered: boolean;
}

export const NOTHING_ARRIVED: Arrived = { complete: [], open: [], last: { low: undefined, high: undefined }, scattered: false };

/**
 * The goals of `goalsCompleteSoFar` of everything arrived, from what had arrived before and the
 * targets added since at one `end` (in that end's order); a goal becoming whole goes after those
 * already shown, so what a reader saw stays a prefix. Only the new targets are grouped, not the
 * whole portal again at every poll: grouping 100,003 targets costs 0.5-1.4 s
 * (bench/views-profile.ts, "model"), which late in a cold load every viewer's poll paid, on the
 * event loop the load's own pages wait on.
 */
export function extendArrived(before: Arrived, added: readonly Target[], end: LoadEnd = "low"): Arrived {
  if (added.length === 0) return before;
  const last = { ...before.last, [end]: added.at(-1)!.goalId };
  const arriving = [last.low, last.high];
  const completeIds = new Set(before.complete.map((goal) => goal.id));
  if (before.scattered || added.some((target) => completeIds.has(target.goalId))) {
    const all = before.scattered ? [...before.open, ...added] : [...before.complete.flatMap((goal) => goal.schedules.flatMap((schedule) => schedule.targets)), ...before.open, ...added];
    return { complete: goalsCompleteSoFar(all, arriving), open: all, last, scattered: true };
  }
  const tail = [...before.open, ...added];
  const whole = goalsCompleteSoFar(tail, arriving);
  return { complete: [...before.complete, ...whole], open: tail.filter((target) => arriving.includes(target.goalId)), last, scattered: false };
}

const indexes = new WeakMap<Directory, DirectoryIndex>();
function indexOf(directory: Directory): DirectoryIndex {
  let index = indexes.get(directory);
  if (!index) indexes.set(directory, (index = indexDirectory(directory)));
  return index;
}

/** The model of held data; `loadOrder` when the caller already grouped the goals (a cold load does, goal by goal). */
export function modelOf(data: PortalData, loadOrder: readonly Goal[] = goalsInArrivalOrder(data.targets)): PortalModel {
  return {
    data,
    index: indexOf(data.directory),
    loadOrder,
    goals: [...loadOrder].sort(byName),
    targets: data.targets,
    fiscalYearOffset: portalFiscalOffset(data.targets),
  };
}

const snapshots = new WeakMap<PortalModel, Map<number, PortalModel>>();

/**
 * The model as it stood when its first `upTo` goals had arrived: what a list showed during a cold
 * load, so rows someone is looking at keep their order until they ask for the rest.
 */
export function snapshotOf(model: PortalModel, upTo: number | null): PortalModel {
  if (upTo === null || upTo >= model.loadOrder.length) return model;
  let held = snapshots.get(model);
  if (!held) snapshots.set(model, (held = new Map()));
  let snapshot = held.get(upTo);
  if (!snapshot) {
    if (held.size >= 4) held.clear();
    const loadOrder = model.loadOrder.slice(0, upTo);
    const targets = loadOrder.flatMap((goal) => goal.schedules.flatMap((schedule) => schedule.targets));
    snapshot = { ...model, loadOrder, goals: [...loadOrder].sort(byName), targets, data: { ...model.data, targets } };
    held.set(upTo, snapshot);
  }
  return snapshot;
}

const optionsHeld = new WeakMap<PortalModel, FilterOptions>();

/** What the filter menus offer: everyone who carries a goal, every team, every goal type. */
export function filterOptions(model: PortalModel): FilterOptions {
  const held = optionsHeld.get(model);
  if (held) return held;
  const assignees = new Map<string, string>();
  const types = new Set<string>();
  for (const goal of model.goals) {
    for (const schedule of goal.schedules) {
      const a = resolveAssignee(schedule.assignee, model.index);
      assignees.set(a.key, a.kind === "team" ? `${a.name} (team)` : a.name);
    }
    if (goal.goalType) types.add(goal.goalType);
  }
  const sorted = (options: FilterOption[]) => options.sort((a, b) => compareText(a.label, b.label) || (a.value < b.value ? -1 : 1));
  const options = {
    assignees: sorted([...assignees].map(([value, label]) => ({ value, label }))),
    teams: sorted(model.data.directory.teams.map((t) => ({ value: t.id, label: t.name }))),
    types: sorted([...types].map((t) => ({ value: t, label: humanize(t) }))),
  };
  optionsHeld.set(model, options);
  return options;
}

/**
 * Rows at one moment, remembered on the goal or target they describe: the same held goal is asked
 * for by every request, every window and every snapshot of a cold load. Two moments per object,
 * so two viewers a minute apart do not evict each other's rows.
 */
function remembered<K extends object, R>(sameAt: (key: K, a: number, b: number, timeZone: string) => boolean = (_key, a, b) => a === b) {
  const held = new WeakMap<K, { at: number; zone: string; row: R }[]>();
  return (key: K, context: RowContext, compute: () => R): R => {
    const at = Number(context.now);
    const entries = held.get(key) ?? [];
    const found = entries.find((e) => e.zone === context.timeZone && sameAt(key, e.at, at, context.timeZone));
    if (found) return found.row;
    const row = compute();
    held.set(key, [{ at, zone: context.timeZone, row }, ...entries].slice(0, 2));
    return row;
  };
}

const goalRows = remembered<Goal, GoalRow>();
const scheduleRows = remembered<Schedule, ScheduleRow>();
/**
 * Where a moment stands to a target's period: before it (-1), after it (1), or inside it (0), by
 * both readings of its bounds (the calendar period the figures use, the instants its status uses).
 */
export function phaseOf(target: Target, at: number, timeZone: string): -1 | 0 | 1 {
  const period = periodOf(target, timeZone);
  if (at < Math.min(period.start, Date.parse(target.start))) return -1;
  if (at >= Math.max(period.end, Date.parse(target.end))) return 1;
  return 0;
}

/**
 * A target's row is the same at every moment before its period and every moment after it
 * (tests/goals/view-order.property.test.ts): a minute later only the running targets are judged
 * again. /targets sorted by attainment at 100,003 targets, a minute later: 5.0 s before, 0.4 s
 * with this (bench/views-profile.ts).
 */
const targetRows = remembered<Target, TargetRow>((target, a, b, timeZone) => {
  if (a === b) return true;
  const phase = phaseOf(target, a, timeZone);
  return phase !== 0 && phase === phaseOf(target, b, timeZone);
});

export const goalRowAt = (goal: Goal, context: RowContext) => goalRows(goal, context, () => goalRow(goal, context));
export const scheduleRowAt = (goal: Goal, schedule: Schedule, context: RowContext) => scheduleRows(schedule, context, () => scheduleRow(goal, schedule, context));
export const targetRowAt = (target: Target, context: RowContext) => targetRows(target, context, () => targetRow(target, context));

/** The row context of a model at a moment (epoch ms). */
export function contextAt(model: PortalModel, at: number): RowContext {
  return { now: at, timeZone: model.data.account.timeZone, directory: model.index };
}
