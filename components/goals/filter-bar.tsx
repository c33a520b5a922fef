"use client";

import { useState } from "react";
import { type FilterState, filtersActive, PERIOD_STATUSES } from "@/lib/goals/views/state";
import { useFilterOptions } from "@/lib/client/use-filter-options";
import { CheckboxMenu } from "./checkbox-menu";

export const STATUS_LABELS: Record<(typeof PERIOD_STATUSES)[number], string> = {
  active: "Active now",
  upcoming: "Upcoming",
  ended: "Ended",
};

interface Props {
  state: FilterState;
  set: (patch: Partial<FilterState>) => void;
  children?: React.ReactNode;
}

/** Search, filters and the archived switch; every change lands in the URL. */
export function FilterBar({ state, set, children }: Props) {
  // One menu open at a time: they share the space under the bar and would pile up otherwise.
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  // Asked for when a menu first opens: most visits never open one.
  const [wanted, setWanted] = useState(false);
  const options = useFilterOptions(state.archived, wanted).data;
  const menu = (name: string) => ({
    open: openMenu === name,
    onOpenChange: (open: boolean) => {
      if (open) setWanted(true);
      setOpenMenu((current) => (open ? name : current === name ? null : current));
    },
  });
  const reset = () => set({ q: "", assignee: [], team: [], type: [], status: [], date: "", archived: false });
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
          className="w-56 rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm"
        />
      </div>
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
        <input id="goal-date" type="date" value={state.date} onChange={(event) => set({ date: event.target.value })} className="rounded-md border border-line-strong bg-surface px-2 py-1 text-sm" />
      </div>
      <div className="flex items-center gap-2 pb-1.5">
        <input id="goal-archived" type="checkbox" checked={state.archived} onChange={(event) => set({ archived: event.target.checked })} />
        <label htmlFor="goal-archived" className="text-sm">
          Archived goals
        </label>
      </div>
      {filtersActive(state) && (
        <button type="button" onClick={reset} className="pb-1.5 text-sm text-link underline">
          Clear filters
        </button>
      )}
      <div className="ml-auto flex flex-wrap items-end gap-3">{children}</div>
    </div>
  );
}
