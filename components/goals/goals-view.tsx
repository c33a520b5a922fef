"use client";

import { useFormatters } from "@/components/format/use-formatters";
import { DatasetGate, type ReadyDataset } from "@/components/states/dataset-gate";
import { TableSkeleton } from "@/components/states/skeleton";
import { RiskControl } from "@/components/projection/risk-control";
import { CsvDownload } from "./csv-download";
import { FilterBar } from "./filter-bar";
import { GOAL_CSV_COLUMNS } from "./goal-csv";
import { GoalTable, useGoalView, useSortedGoals } from "./goal-table";
import { useGoalFilters } from "./use-goal-filters";
import { useGoalList } from "./use-goal-list";
import { EmptyPortal, MissingNamesNote, NoMatch } from "./list-notes";

/** `renderedAt`: when the server rendered the page, so both sides judge pace at the same instant. */
export function GoalsView({ renderedAt }: { renderedAt?: number }) {
  const filterState = useGoalFilters();
  return (
    <DatasetGate archived={filterState.state.archived} skeleton={<TableSkeleton label="Loading goals" />} what="your goals">
      {(data) => <GoalsReady data={data} filterState={filterState} renderedAt={renderedAt} />}
    </DatasetGate>
  );
}

function GoalsReady({ data, filterState, renderedAt }: { data: ReadyDataset; filterState: ReturnType<typeof useGoalFilters>; renderedAt?: number }) {
  const fmt = useFormatters(data.account);
  const { rows, allRows, options, index, now } = useGoalList(data, filterState.filters, renderedAt);
  const [view] = useGoalView();
  const sorted = useSortedGoals(rows, view.sort, view.dir);
  const targetCount = rows.reduce((n, r) => n + r.goal.targetCount, 0);
  return (
    <div className="space-y-4">
      <FilterBar filters={filterState} options={options}>
        <RiskControl />
        <CsvDownload rows={sorted} columns={GOAL_CSV_COLUMNS} filename="goals.csv" />
      </FilterBar>
      <MissingNamesNote missing={data.missingScopes} />
      <p className="text-sm text-fg-muted" data-testid="goal-count" data-now={now} aria-live="polite">
        Showing {fmt.number(rows.length)} of {fmt.count(allRows.length, filterState.state.archived ? "archived goal" : "goal")} · {fmt.count(targetCount, "target")} ·
        amounts in {fmt.currency}, dates in {fmt.timeZone}
      </p>
      {allRows.length === 0 ? (
        <EmptyPortal archived={filterState.state.archived} />
      ) : rows.length === 0 ? (
        <NoMatch onReset={filterState.reset} />
      ) : (
        <GoalTable rows={sorted} index={index} now={now} timeZone={data.account.timeZone} fmt={fmt} />
      )}
    </div>
  );
}
