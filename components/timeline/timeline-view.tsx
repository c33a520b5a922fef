"use client";

import { timelineState } from "@/lib/goals/views/state";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";
import { useView } from "@/lib/client/use-view";
import { useViewState } from "@/lib/client/use-view-state";
import { FilterBar } from "@/components/goals/filter-bar";
import { EmptyPortal, MissingNamesNote } from "@/components/goals/list-notes";
import { ErrorState } from "@/components/states/error-state";
import { LoadStatus } from "@/components/states/load-status";
import { BlockSkeleton } from "@/components/states/skeleton";
import { filtersActive } from "@/lib/goals/views/state";
import { GanttSection } from "./gantt-section";
import { PeriodSection } from "./period-section";
import { TimelineControls } from "./timeline-controls";
import { TimelineSummary } from "./timeline-summary";

/** Goals on one date axis and the target per period. The server computes both (/api/views/timeline); this only displays. */
export function TimelineView() {
  const { state, query, set } = useViewState(timelineState);
  const view = useView<TimelineAnswer>("timeline", query);
  const data = view.shown.data;
  const loading = view.latest.data?.load;
  const error = view.latest.error ?? view.shown.error;
  const reset = () => set({ q: "", assignee: [], team: [], type: [], status: [], date: "", archived: false });
  // Opening a goal or showing more bars is reading the timeline: it holds still from then on.
  const setView = (patch: Partial<typeof state>) => {
    if (patch.open || patch.goals) view.hold();
    set(patch);
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Timeline</h1>
      {error ? (
        <ErrorState error={error} onRetry={() => void (view.latest.isError ? view.latest.refetch() : view.shown.refetch())} what="your goals" />
      ) : !data ? (
        <BlockSkeleton className="h-96" label="Loading the timeline" />
      ) : (
        <>
          <div className="space-y-4" aria-busy={view.shown.isPlaceholderData || undefined}>
            <FilterBar state={state} set={set} />
            <TimelineControls view={state} setView={set} range={data.range} periods={data.periods} />
            <MissingNamesNote missing={data.missingScopes} />
            {loading && <LoadStatus load={loading} more={view.more} onShowMore={view.release} what="goals" />}
            <TimelineSummary model={data} />
          </div>
          {data.load.state === "loading" && data.upTo === 0 ? (
            <BlockSkeleton className="h-96" label="Loading the timeline" />
          ) : data.empty ? (
            <EmptyPortal archived={state.archived} />
          ) : (
            <>
              <GanttSection model={data} view={state} setView={setView} filtersActive={filtersActive(state)} onReset={reset} />
              <PeriodSection model={data} view={state} setView={set} />
            </>
          )}
        </>
      )}
    </div>
  );
}
