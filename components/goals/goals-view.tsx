"use client";

import type { DatasetMeta } from "@/lib/api/contracts";
import type { Target } from "@/lib/goals/model";
import { useGoalsDataset } from "@/lib/client/use-goals-dataset";
import { useFormatters } from "@/components/format/use-formatters";
import { ErrorState } from "@/components/states/error-state";
import { LoadingProgress } from "@/components/states/loading-progress";
import { TableSkeleton } from "@/components/states/skeleton";
import { CsvDownload } from "./csv-download";
import { FilterBar } from "./filter-bar";
import { GOAL_CSV_COLUMNS } from "./goal-csv";
import { GoalTable, useGoalView } from "./goal-table";
import { sortGoals } from "@/lib/goals/sort";
import { useGoalFilters } from "./use-goal-filters";
import { useGoalList } from "./use-goal-list";
import { EmptyPortal, MissingNamesNote, NoMatch } from "./list-notes";

export function GoalsView() {
  const filterState = useGoalFilters();
  const dataset = useGoalsDataset(filterState.state.archived);
  if (dataset.isPending) return <TableSkeleton label="Loading goals" />;
  if (dataset.isError) return <ErrorState error={dataset.error} onRetry={() => void dataset.refetch()} what="your goals" />;
  if (dataset.data.status === "loading") {
    return (
      <div className="space-y-4">
        <LoadingProgress loaded={dataset.data.loaded} total={dataset.data.total} />
        <TableSkeleton label="Loading goals" />
      </div>
    );
  }
  return <GoalsReady data={dataset.data} filterState={filterState} />;
}

function GoalsReady({ data, filterState }: { data: DatasetMeta & { targets: Target[] }; filterState: ReturnType<typeof useGoalFilters> }) {
  const fmt = useFormatters(data.account);
  const { rows, allRows, options, index, now } = useGoalList(data, filterState.filters);
  const [view] = useGoalView();
  const exportRows = () => sortGoals(rows, view.sort, view.dir);
  const nf = new Intl.NumberFormat("en-US");
  const targetCount = rows.reduce((n, r) => n + r.goal.targetCount, 0);
  return (
    <div className="space-y-4">
      <FilterBar filters={filterState} options={options}>
        <CsvDownload rows={exportRows()} columns={GOAL_CSV_COLUMNS} filename="goals.csv" />
      </FilterBar>
      <MissingNamesNote missing={data.missingScopes} />
      <p className="text-sm text-slate-700" data-testid="goal-count" aria-live="polite">
        Showing {nf.format(rows.length)} of {nf.format(allRows.length)} {filterState.state.archived ? "archived " : ""}goals · {nf.format(targetCount)} targets ·
        amounts in {fmt.currency}, dates in {fmt.timeZone}
      </p>
      {allRows.length === 0 ? (
        <EmptyPortal archived={filterState.state.archived} />
      ) : rows.length === 0 ? (
        <NoMatch onReset={filterState.reset} />
      ) : (
        <GoalTable rows={rows} index={index} now={now} fmt={fmt} />
      )}
    </div>
  );
}
