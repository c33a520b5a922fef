"use client";

import { NO_FILTERS, targetListState } from "@/lib/goals/views/state";
import type { TargetLine, TargetListAnswer } from "@/lib/goals/views/target-list";
import { useView } from "@/lib/client/use-view";
import { useViewState } from "@/lib/client/use-view-state";
import { FilterBar } from "@/components/goals/filter-bar";
import { EmptyPortal, MissingNamesNote, NoMatch } from "@/components/goals/list-notes";
import { ViewExport } from "@/components/goals/view-export";
import { ErrorState } from "@/components/states/error-state";
import { LoadStatus } from "@/components/states/load-status";
import { TableSkeleton } from "@/components/states/skeleton";
import { useLiveList } from "@/components/table/use-live-list";
import { TARGET_ROW_PX, TargetTable } from "./target-table";

/** One row per goal target. The server sorts, filters and windows it (/api/views/targets); this only displays. */
export function TargetsView() {
  const { state, query, set } = useViewState(targetListState);
  const view = useView<TargetListAnswer>("targets", query);
  const data = view.shown.data;
  const list = useLiveList<TargetListAnswer, TargetLine>("targets", query, view, data?.shown ?? 0, TARGET_ROW_PX);
  const loading = view.latest.data?.load;
  const reset = () => set(NO_FILTERS);
  const error = view.latest.error ?? view.shown.error;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Goal targets</h1>
      <FilterBar state={state} set={set}>
        <ViewExport path="/api/views/targets/export" query={query} at={data?.at} filename="goal-targets.csv" disabled={!data || loading?.state !== "ready"} />
      </FilterBar>
      {error ? (
        <ErrorState error={error} onRetry={() => void (view.latest.isError ? view.latest.refetch() : view.shown.refetch())} what="your goal targets" />
      ) : !data ? (
        <TableSkeleton label="Loading goal targets" />
      ) : (
        <>
          <MissingNamesNote missing={data.missingScopes} />
          {loading && <LoadStatus load={loading} more={view.more} onShowMore={view.release} what="targets" />}
          {data.load.state === "loading" && data.upTo === 0 ? (
            <TableSkeleton label="Loading goal targets" />
          ) : (
            <>
              <p className="text-sm text-fg-muted" data-testid="target-count" data-now={data.at} aria-live="polite">
                {data.summary} · amounts in {data.account.currency}, dates in {data.account.timeZone}
              </p>
              {data.empty ? (
                <EmptyPortal archived={state.archived} />
              ) : data.shown === 0 ? (
                <NoMatch onReset={reset} />
              ) : (
                <TargetTable count={data.shown} rowAt={list.rowAt} window={list.window} scrollRef={list.ref} state={state} set={set} busy={view.shown.isPlaceholderData} />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
