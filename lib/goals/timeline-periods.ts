import { type DirectoryIndex, resolveAssignee } from "./assignees";
import { type Bucket, type BucketCell, bucketTargets } from "./buckets";
import { compare, sum } from "./decimal";
import type { AssigneeRef, Target } from "./model";
import { compareText } from "./ordering";
import { MAX_MARKS } from "./timeline-bars";
import { GROUPINGS, LEVELS } from "./view-choices";

export { GROUPINGS, LEVELS };
export type Grouping = (typeof GROUPINGS)[number];

/** Stacks in one chart before the smallest fold into "Other": more colours than this cannot be told apart. */
export const MAX_SERIES = 12;
export const OTHER_KEY = "other";
export const NO_TEAM_KEY = "team:none";

/** What one period chart adds up: one goal type, since revenue plus call counts means nothing. */
export interface Measure {
  /** The goal type, "" for goals without one; the URL carries it. */
  key: string;
  unit: Target["unit"];
  metricType: Target["metricType"];
  targetCount: number;
}

/** Goal types among the targets, by name; units and metric come from the type's first target. */
export function measureOptions(targets: readonly Target[]): Measure[] {
  const byKey = new Map<string, Measure>();
  for (const target of targets) {
    const key = target.goalType ?? "";
    const found = byKey.get(key);
    if (found) found.targetCount++;
    else byKey.set(key, { key, unit: target.unit, metricType: target.metricType, targetCount: 1 });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The requested type if present, otherwise the first money goal type (what a sales manager looks
 * at first), then the first that adds up (SUM), then whatever there is.
 */
export function pickMeasure(options: readonly Measure[], requested: string | null | undefined): Measure | null {
  return (
    options.find((m) => m.key === requested) ??
    options.find((m) => m.unit === "currency") ??
    options.find((m) => m.metricType === "SUM") ??
    options[0] ??
    null
  );
}

/**
 * Whose targets a period chart adds up. A team goal and its members' own targets measure the same
 * work, so adding both counts it twice: the chart takes one level at a time.
 */
export type Level = (typeof LEVELS)[number];

const levelOf = (target: Target): Level => (target.assignee.kind === "team" ? "teams" : "people");

/** The requested level if the targets have it, otherwise people's targets, then team goals. */
export function pickLevel(targets: readonly Target[], requested: Level | null | undefined): { level: Level; levels: Level[] } {
  const present = new Set(targets.map(levelOf));
  const levels = LEVELS.filter((l) => present.has(l));
  const level = requested && present.has(requested) ? requested : (levels[0] ?? "people");
  return { level, levels };
}

/**
 * A target's stack. By team: a team goal goes to its team and a person's target to their primary
 * team (a person in two teams would otherwise be counted twice); by assignee: the resolved person.
 */
export function groupKeyOf(grouping: Grouping, index: DirectoryIndex): (target: Target) => string {
  const cache = new Map<string, string>();
  return (target) => {
    const refKey = target.assignee.kind === "none" ? "none" : `${target.assignee.kind}:${target.assignee.id}`;
    let key = cache.get(refKey);
    if (key === undefined) cache.set(refKey, (key = grouping === "team" ? teamKey(target.assignee, index) : resolveAssignee(target.assignee, index).key));
    return key;
  };
}

function teamKey(ref: AssigneeRef, index: DirectoryIndex): string {
  if (ref.kind === "team") return `team:${ref.id}`;
  if (ref.kind === "none") return NO_TEAM_KEY;
  const owner = ref.kind === "owner" ? index.ownersById.get(ref.id) : index.ownersByUserId.get(ref.id);
  const userId = ref.kind === "user" ? ref.id : (owner?.userId ?? null);
  const primary = userId === null ? null : (index.usersById.get(userId)?.primaryTeamId ?? null);
  if (primary) return `team:${primary}`;
  const first = resolveAssignee(ref, index).teamIds[0];
  return first ? `team:${first}` : NO_TEAM_KEY;
}

export function groupLabel(key: string, index: DirectoryIndex, folded = 0): string {
  if (key === OTHER_KEY) return `Other (${folded})`;
  if (key === NO_TEAM_KEY) return "No team";
  const [kind, ...rest] = key.split(":");
  const id = rest.join(":");
  if (kind === "team") return index.teamsById.get(id)?.name.trim() || `Team ${id}`;
  if (kind === "owner" || kind === "user") return resolveAssignee({ kind, id }, index).name;
  return "Unassigned";
}

export interface PeriodSeries {
  key: string;
  label: string;
  /** Groups merged into this series (only "Other" has any). */
  folded: number;
  cells: BucketCell[];
  total: BucketCell;
}

export interface PeriodModel {
  measure: Measure;
  /** The level added up, and the levels this goal type has (two: the chart offers a choice). */
  level: Level;
  levels: Level[];
  /** Targets of the goal type at the other level, left out so nothing is counted twice. */
  otherLevelTargets: number;
  buckets: Bucket[];
  series: PeriodSeries[];
  /** Groups before folding. */
  groupCount: number;
  /** SUM goals stack to a total per period; AVG goals (response times) are shown side by side. */
  stacked: boolean;
  /** Per bucket, SUM goals only: all targets, and the actual of those with progress (null when none has any). */
  totals: (string | null)[];
  actuals: (string | null)[];
  /** Per bucket: targets without progress data, so a partial actual is never read as complete. */
  missingActual: number[];
  /** Per bucket: it holds today, so its actual is progress to date, not the period's result. */
  toDate: boolean[];
  /** SUM goals: every series' total target and known actual over the whole range. */
  grandTotal: { target: string | null; actual: string | null };
  /** Bars plus actual points the chart draws. */
  marks: number;
}

/**
 * The period chart for one goal type at one level (people's targets or team goals): target per
 * bucket per group (straddling targets split by time in bucketTargets), with the smallest groups
 * folded into "Other" so that series × periods stays within the mark budget.
 */
export function periodModel(
  targets: readonly Target[],
  buckets: readonly Bucket[],
  measure: Measure,
  grouping: Grouping,
  index: DirectoryIndex,
  { progressUntil, level: requestedLevel, maxMarks = MAX_MARKS }: { progressUntil: number; level?: Level | null; maxMarks?: number },
): PeriodModel {
  const ofMeasure = targets.filter((t) => (t.goalType ?? "") === measure.key && t.metricType === measure.metricType);
  const { level, levels } = pickLevel(ofMeasure, requestedLevel);
  const mine = ofMeasure.filter((t) => levelOf(t) === level);
  const keyOf = groupKeyOf(grouping, index);
  const stacked = measure.metricType === "SUM";
  const maxSeries = Math.max(1, Math.min(MAX_SERIES, Math.floor(maxMarks / Math.max(1, buckets.length)) - (stacked ? 1 : 0)));
  let rows = bucketTargets(mine, buckets, keyOf, progressUntil);
  const groupCount = rows.length;
  const foldedKeys = new Set<string>();
  if (rows.length > maxSeries) {
    const ranked = [...rows].sort((a, b) => compare(b.total.target ?? "0", a.total.target ?? "0") || (a.key < b.key ? -1 : 1));
    for (const row of ranked.slice(maxSeries - 1)) foldedKeys.add(row.key);
    rows = bucketTargets(
      mine,
      buckets,
      (t) => {
        const key = keyOf(t);
        return foldedKeys.has(key) ? OTHER_KEY : key;
      },
      progressUntil,
    );
  }
  const series = rows
    .map((row) => ({
      key: row.key,
      label: groupLabel(row.key, index, foldedKeys.size),
      folded: row.key === OTHER_KEY ? foldedKeys.size : 0,
      cells: row.cells,
      total: row.total,
    }))
    .sort((a, b) => Number(a.key === OTHER_KEY) - Number(b.key === OTHER_KEY) || compareText(a.label, b.label) || (a.key < b.key ? -1 : 1));

  const column = (i: number) => series.map((s) => s.cells[i]);
  const totals = buckets.map((_, i) => (stacked ? sumOrNull(column(i).map((c) => c.target)) : null));
  const actuals = buckets.map((_, i) => (stacked ? sumOrNull(column(i).map((c) => c.actual)) : null));
  const missingActual = buckets.map((_, i) => column(i).reduce((n, c) => n + c.missingActual, 0));
  const toDate = buckets.map((b) => Date.parse(b.start) <= progressUntil && progressUntil < Date.parse(b.end));
  const grandTotal = {
    target: stacked ? sumOrNull(series.map((s) => s.total.target)) : null,
    actual: stacked ? sumOrNull(series.map((s) => s.total.actual)) : null,
  };
  const actualPoints = actuals.filter((a) => a !== null).length;
  return { measure, level, levels, otherLevelTargets: ofMeasure.length - mine.length, buckets: [...buckets], series, groupCount, stacked, totals, actuals, missingActual, toDate, grandTotal, marks: series.length * buckets.length + actualPoints };
}

function sumOrNull(values: (string | null)[]): string | null {
  const known = values.filter((v): v is string => v !== null);
  return known.length === 0 ? null : sum(known);
}
