"use client";

import { useState } from "react";
import { type FilterState, filtersActive, filtersBesideSearch, NO_FILTERS, PERIOD_STATUSES } from "@/lib/goals/views/state";
import { useFilterOptions } from "@/lib/client/use-filter-options";
import { CheckboxMenu } from "./checkbox-menu";
import { CONTROL } from "./control-style";

export const STATUS_LABELS: Record<(typeof PERIOD_STATUSES)[number], string> = {
  active: "Active now",
  upcoming: "Upcoming",
  ended: "Ended",
};

interface Props {
  state: FilterState;
  set: (patch: Partial<FilterState>) => void;
  /**
   * Whether anything narrows the view, and what "Clear filters" does, where the view has filters of
   * its own (the goal list's Only at risk); by default the bar's own filters.
   */
  narrowed?: boolean;
  onClear?: () => void;
  children?: React.ReactNode;
}

/** Search, filters and the archived switch; every change lands in the URL. */
export function FilterBar({ state, set, narrowed = filtersActive(state), onClear = () => set(NO_FILTERS), children }: Props) {
  // One menu open at a time: they share the space under the bar and would pile up otherwise.
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  // Asked for when a menu first opens: most visits never open one.
  const [wanted, setWanted] = useState(false);
  // On a phone the filters beside the search fold under one button: unfolded they took about 260 px
  // above the first goal. From md up they are always out (the wrapper is display: contents there).
  const [unfolded, setUnfolded] = useState(false);
  const besideSearch = filtersBesideSearch(state);
  const options = useFilterOptions(state.archived, wanted).data;
  const menu = (name: string) => ({
    open: openMenu === name,
    onOpenChange: (open: boolean) => {
      if (open) setWanted(true);
      setOpenMenu((current) => (open ? name : current === name ? null : current));
    },
  });
  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="flex flex-col">
        <label htmlFor="goal-search" className="text-xs font-medium text-fg-muted">
          Search by name
        </label>
        <input
          id="goal-search"
          type="search"
          value={state.q}
          onChange={(event) => set({ q: event.target.value })}
          placeholder="e.g. revenue quota"
          className={`${CONTROL} w-56 px-3`}
        />
      </div>
      <button
        type="button"
        aria-expanded={unfolded}
        aria-controls="filters-beside-search"
        onClick={() => setUnfolded((open) => !open)}
        aria-label={besideSearch > 0 ? `Filters, ${besideSearch} in use` : "Filters"}
        className={`${CONTROL} px-3 hover:bg-surface-subtle md:hidden`}
      >
        Filters
        {besideSearch > 0 && <span className="ml-1 rounded-full bg-accent px-1.5 text-xs text-on-fill">{besideSearch}</span>}
        <span> {unfolded ? "▴" : "▾"}</span>
      </button>
      <div id="filters-beside-search" className={`${unfolded ? "flex" : "hidden"} w-full flex-wrap items-end gap-3 md:contents`}>
        <CheckboxMenu label="Assignee" {...menu("Assignee")} options={options?.assignees} selected={state.assignee} onChange={(assignee) => set({ assignee })} />
        <CheckboxMenu label="Team" {...menu("Team")} options={options?.teams} selected={state.team} onChange={(team) => set({ team })} />
        <CheckboxMenu label="Goal type" {...menu("Goal type")} options={options?.types} selected={state.type} onChange={(type) => set({ type })} />
        <CheckboxMenu
          label="Status"
          {...menu("Status")}
          options={PERIOD_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          selected={state.status}
          onChange={(status) => set({ status })}
        />
        <div className="flex flex-col">
          <label htmlFor="goal-date" className="text-xs font-medium text-fg-muted">
            Period containing
          </label>
          {/* An empty date input shows only "mm/dd/yyyy": until it has focus or a day, it reads "Any day". */}
          <div className="relative">
            <input
              id="goal-date"
              type="date"
              value={state.date}
              onChange={(event) => set({ date: event.target.value })}
              className={`peer ${CONTROL} w-40 px-2 ${state.date ? "" : "[&:not(:focus)::-webkit-datetime-edit]:text-transparent"}`}
            />
            {!state.date && (
              <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-2 flex items-center text-sm text-fg-subtle peer-focus:hidden">
                Any day
              </span>
            )}
          </div>
        </div>
        <div className="flex h-11 items-center gap-2 md:h-9">
          <input id="goal-archived" type="checkbox" checked={state.archived} onChange={(event) => set({ archived: event.target.checked })} />
          <label htmlFor="goal-archived" className="text-sm">
            Archived goals
          </label>
        </div>
      </div>
      {narrowed && (
        <button type="button" onClick={onClear} className="h-11 text-sm text-link underline md:h-9">
          Clear filters
        </button>
      )}
      {/* Right-aligned beside the filters on a desktop; on a phone, on its own line, it starts where they do. */}
      <div className="flex flex-wrap items-end gap-3 md:ml-auto">{children}</div>
    </div>
  );
}
