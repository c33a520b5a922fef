"use client";

import { useMemo } from "react";
import { DatasetGate, type ReadyDataset } from "@/components/states/dataset-gate";
import { filterTargets } from "@/lib/goals/filters";
import { targetRows } from "@/lib/goals/rows";
import { useFormatters } from "@/components/format/use-formatters";
import { CsvDownload } from "@/components/goals/csv-download";
import { FilterBar } from "@/components/goals/filter-bar";
import { EmptyPortal, MissingNamesNote, NoMatch } from "@/components/goals/list-notes";
import { useGoalFilters } from "@/components/goals/use-goal-filters";
import { useDatasetGoals } from "@/components/goals/use-goal-list";
import { TableSkeleton } from "@/components/states/skeleton";
import { TARGET_CSV_COLUMNS } from "./target-columns";
import { TargetTable, useSortedTargets } from "./target-table";

export function TargetsView() {
  const filterState = useGoalFilters();
  return (
    <DatasetGate archived={filterState.state.archived} skeleton={<TableSkeleton label="Loading goal targets" />} what="your goal targets">
      {(data) => <TargetsReady data={data} filterState={filterState} />}
    </DatasetGate>
  );
}

function TargetsReady({ data, filterState }: { data: ReadyDataset; filterState: ReturnType<typeof useGoalFilters> }) {
  const fmt = useFormatters(data.account);
  const { options, index, now: nowMs } = useDatasetGoals(data);
  const all = useMemo(() => targetRows(data.targets, { now: nowMs, timeZone: data.account.timeZone, directory: index }), [data.targets, nowMs, data.account.timeZone, index]);
  const byId = useMemo(() => new Map(all.map((r) => [r.target.id, r])), [all]);
  const rows = useMemo(
    () => filterTargets(data.targets, filterState.filters, { now: nowMs, directoryIndex: index, timeZone: data.account.timeZone }).map((t) => byId.get(t.id)!),
    [data.targets, filterState.filters, nowMs, index, data.account.timeZone, byId],
  );
  const sorted = useSortedTargets(rows);
  return (
    <div className="space-y-4">
      <FilterBar filters={filterState} options={options}>
        <CsvDownload rows={sorted} columns={TARGET_CSV_COLUMNS} filename="goal-targets.csv" />
      </FilterBar>
      <MissingNamesNote missing={data.missingScopes} />
      <p className="text-sm text-fg-muted" data-testid="target-count" data-now={nowMs} aria-live="polite">
        Showing {fmt.number(rows.length)} of {fmt.count(all.length, filterState.state.archived ? "archived goal target" : "goal target")} · amounts in {fmt.currency}, dates in{" "}
        {fmt.timeZone}
      </p>
      {all.length === 0 ? <EmptyPortal archived={filterState.state.archived} /> : rows.length === 0 ? <NoMatch onReset={filterState.reset} /> : <TargetTable rows={sorted} fmt={fmt} index={index} />}
    </div>
  );
}
