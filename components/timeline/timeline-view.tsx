"use client";

import type { DatasetMeta } from "@/lib/api/contracts";
import type { Target } from "@/lib/goals/model";
import { useGoalsDataset } from "@/lib/client/use-goals-dataset";
import { useFormatters } from "@/components/format/use-formatters";
import { FilterBar } from "@/components/goals/filter-bar";
import { EmptyPortal, MissingNamesNote } from "@/components/goals/list-notes";
import { useGoalFilters } from "@/components/goals/use-goal-filters";
import { ErrorState } from "@/components/states/error-state";
import { LoadingProgress } from "@/components/states/loading-progress";
import { BlockSkeleton } from "@/components/states/skeleton";
import { GanttSection } from "./gantt-section";
import { PeriodSection } from "./period-section";
import { TimelineControls } from "./timeline-controls";
import { TimelineSummary } from "./timeline-summary";
import { useTimelineModel } from "./use-timeline-model";
import { useTimelineView } from "./use-timeline-view";

export function TimelineView() {
  const filterState = useGoalFilters();
  const dataset = useGoalsDataset(filterState.state.archived);
  if (dataset.isPending) return <BlockSkeleton className="h-96" label="Loading the timeline" />;
  if (dataset.isError) return <ErrorState error={dataset.error} onRetry={() => void dataset.refetch()} what="your goals" />;
  if (dataset.data.status === "loading") {
    return (
      <div className="space-y-4">
        <LoadingProgress loaded={dataset.data.loaded} total={dataset.data.total} />
        <BlockSkeleton className="h-96" label="Loading the timeline" />
      </div>
    );
  }
  return <TimelineReady data={dataset.data} filterState={filterState} />;
}

function TimelineReady({ data, filterState }: { data: DatasetMeta & { targets: Target[] }; filterState: ReturnType<typeof useGoalFilters> }) {
  const [view, setView] = useTimelineView();
  const fmt = useFormatters(data.account);
  const model = useTimelineModel(data, filterState.filters, view);
  return (
    <div className="space-y-6">
      <div className="space-y-4">
        <FilterBar filters={filterState} options={model.options} />
        <TimelineControls view={view} setView={setView} range={model.range} periods={model.periods} />
        <MissingNamesNote missing={data.missingScopes} />
        <TimelineSummary model={model} fmt={fmt} />
      </div>
      {data.targets.length === 0 ? (
        <EmptyPortal archived={filterState.state.archived} />
      ) : (
        <>
          <GanttSection model={model} view={view} setView={setView} fmt={fmt} filtersActive={filterState.active} onReset={filterState.reset} />
          <PeriodSection model={model} view={view} setView={setView} fmt={fmt} />
        </>
      )}
    </div>
  );
}
