"use client";

import { useFormatters } from "@/components/format/use-formatters";
import { DatasetGate, type ReadyDataset } from "@/components/states/dataset-gate";
import { FilterBar } from "@/components/goals/filter-bar";
import { EmptyPortal, MissingNamesNote } from "@/components/goals/list-notes";
import { useGoalFilters } from "@/components/goals/use-goal-filters";
import { BlockSkeleton } from "@/components/states/skeleton";
import { GanttSection } from "./gantt-section";
import { PeriodSection } from "./period-section";
import { TimelineControls } from "./timeline-controls";
import { TimelineSummary } from "./timeline-summary";
import { useTimelineModel } from "./use-timeline-model";
import { useTimelineView } from "./use-timeline-view";

/** `renderedAt`: when the server rendered the page, so both sides place "today" at the same instant. */
export function TimelineView({ renderedAt }: { renderedAt?: number }) {
  const filterState = useGoalFilters();
  return (
    <DatasetGate archived={filterState.state.archived} skeleton={<BlockSkeleton className="h-96" label="Loading the timeline" />} what="your goals">
      {(data) => <TimelineReady data={data} filterState={filterState} renderedAt={renderedAt} />}
    </DatasetGate>
  );
}

function TimelineReady({ data, filterState, renderedAt }: { data: ReadyDataset; filterState: ReturnType<typeof useGoalFilters>; renderedAt?: number }) {
  const [view, setView] = useTimelineView();
  const fmt = useFormatters(data.account);
  const model = useTimelineModel(data, filterState.filters, view, renderedAt);
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
