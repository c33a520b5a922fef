"use client";

import type { GoalListAnswer, GoalListItem } from "@/lib/goals/views/goal-list";
import { filtersActive, goalListState, NO_FILTERS } from "@/lib/goals/views/state";
import { useView } from "@/lib/client/use-view";
import { useViewState } from "@/lib/client/use-view-state";
import { RiskControl } from "@/components/projection/risk-control";
import { ErrorState } from "@/components/states/error-state";
import { LoadStatus } from "@/components/states/load-status";
import { TableSkeleton } from "@/components/states/skeleton";
import { useLiveList } from "@/components/table/use-live-list";
import { FilterBar } from "./filter-bar";
import { SortSelect } from "@/components/table/sort-select";
import { GOAL_CARD_PX, GoalCards } from "./goal-cards";
import { GOAL_COLUMNS, GOAL_ROW_PX, GoalTable } from "./goal-table";
import { EmptyPortal, MissingNamesNote, NoMatch } from "./list-notes";
import { ViewExport } from "./view-export";

/** The goal list. The server sorts, filters and windows it (/api/views/goals); this only displays. */
export function GoalsView() {
  const { state, query, set } = useViewState(goalListState);
  const view = useView<GoalListAnswer>("goals", query);
  const data = view.shown.data;
  const list = useLiveList<GoalListAnswer, GoalListItem>("goals", query, view, data?.lines ?? 0, GOAL_ROW_PX, GOAL_CARD_PX);
  const loading = view.latest.data?.load;
  const reset = () => set({ ...NO_FILTERS, atRisk: false });
  const busy = view.shown.isPlaceholderData;
  const error = view.latest.error ?? view.shown.error;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Goals</h1>
      <FilterBar state={state} set={set} narrowed={filtersActive(state) || state.atRisk} onClear={reset}>
        <RiskControl percent={state.risk} onlyAtRisk={state.atRisk} set={set} />
        <ViewExport path="/api/views/goals/export" query={query} at={data?.at} filename="goals.csv" disabled={!data || loading?.state !== "ready"} />
      </FilterBar>
      {error ? (
        <ErrorState error={error} onRetry={() => void (view.latest.isError ? view.latest.refetch() : view.shown.refetch())} what="your goals" />
      ) : !data ? (
        <TableSkeleton label="Loading goals" />
      ) : (
        <>
          <MissingNamesNote missing={data.missingScopes} />
          {loading && <LoadStatus load={loading} more={view.more} onShowMore={view.release} what="goals" />}
          {data.load.state === "loading" && data.upTo === 0 ? (
            <TableSkeleton label="Loading goals" />
          ) : (
            <>
              <p className="text-sm text-fg-muted" data-testid="goal-count" data-now={data.at} aria-live="polite">
                {data.summary} · amounts in {data.account.currency}, dates in {data.account.timeZone}
              </p>
              {data.empty ? (
                <EmptyPortal archived={state.archived} />
              ) : data.shown === 0 ? (
                <NoMatch onReset={reset} />
              ) : (
                <>
                  {/* A phone gets cards, a wider screen the table: the stylesheet chooses, so the server's HTML is right for either. */}
                  <SortSelect className="md:hidden" options={GOAL_COLUMNS} current={state.sort} direction={state.dir} onSort={(sort, dir) => set({ sort, dir })} />
                  <GoalCards className="md:hidden" rowAt={list.rowAt} window={list.cards.window} listRef={list.cards.ref} threshold={state.risk / 100} busy={busy} />
                  <div className="hidden md:block">
                    <GoalTable
                      count={data.lines}
                      rowAt={list.rowAt}
                      window={list.window}
                      scrollRef={list.ref}
                      state={state}
                      set={(patch) => {
                        // Expanding a goal is reading it: the list holds still from then on.
                        if (patch.open) view.hold();
                        set(patch);
                      }}
                      busy={busy}
                    />
                  </div>
                </>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
