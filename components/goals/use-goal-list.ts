"use client";

import { useMemo, useState } from "react";
import type { DatasetMeta } from "@/lib/contracts/goals";
import { filterGoals, type GoalFilters } from "@/lib/goals/filters";
import { groupGoals } from "@/lib/goals/group";
import { indexDirectory } from "@/lib/goals/assignees";
import type { Target } from "@/lib/goals/model";
import { goalRows, type GoalRow } from "@/lib/goals/rows";
import type { FilterOptions } from "./filter-bar";
import { humanize } from "./labels";

/**
 * What every view derives from the dataset once: goals, their rows (names, pace), the directory
 * index and the filter options. Computed once per dataset, never per keystroke.
 */
export function useDatasetGoals(data: DatasetMeta & { targets: readonly Target[] }, renderedAt?: number) {
  // One "now" per page view: every row is judged at the same instant (the server's, when it drew them).
  const [now] = useState(() => renderedAt ?? Date.now());
  const index = useMemo(() => indexDirectory(data.directory), [data.directory]);
  const goals = useMemo(() => groupGoals(data.targets), [data.targets]);
  const timeZone = data.account.timeZone;
  const allRows = useMemo(() => goalRows(goals, { now, timeZone, directory: index }), [goals, now, timeZone, index]);
  const options = useMemo(() => filterOptions(allRows, data), [allRows, data]);
  return { now, index, goals, allRows, options };
}

/** The goal list: the dataset's goals, then the filter, which is all that re-runs as one types. */
export function useGoalList(data: DatasetMeta & { targets: readonly Target[] }, filters: GoalFilters, renderedAt?: number) {
  const { now, index, goals, allRows, options } = useDatasetGoals(data, renderedAt);
  const rowById = useMemo(() => new Map(allRows.map((row) => [row.goal.id, row])), [allRows]);
  const rows: GoalRow[] = useMemo(
    () => filterGoals(goals, filters, { now, directoryIndex: index, timeZone: data.account.timeZone }).map((g) => rowById.get(g.id)!),
    [goals, filters, now, index, data.account.timeZone, rowById],
  );
  return { now, index, goals, allRows, rows, options };
}

function filterOptions(rows: readonly GoalRow[], data: DatasetMeta): FilterOptions {
  const assignees = new Map<string, string>();
  const types = new Set<string>();
  for (const row of rows) {
    for (const a of row.assignees) assignees.set(a.key, a.kind === "team" ? `${a.name} (team)` : a.name);
    if (row.goal.goalType) types.add(row.goal.goalType);
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  return {
    assignees: [...assignees].map(([value, label]) => ({ value, label })).sort(byLabel),
    teams: data.directory.teams.map((t) => ({ value: t.id, label: t.name })).sort(byLabel),
    types: [...types].map((t) => ({ value: t, label: humanize(t) })).sort(byLabel),
  };
}
