"use client";

import { useState } from "react";
import { useCheckedField, useValueField } from "@/components/shell/use-early-input";
import { CheckboxMenu } from "./checkbox-menu";
import { STATUS_LABELS, STATUSES, type useGoalFilters } from "./use-goal-filters";

export interface FilterOptions {
  assignees: { value: string; label: string }[];
  teams: { value: string; label: string }[];
  types: { value: string; label: string }[];
}

type FilterState = ReturnType<typeof useGoalFilters>;

/** Search, filters and the archived switch; every change lands in the URL. */
export function FilterBar({ filters, options, children }: { filters: FilterState; options: FilterOptions; children?: React.ReactNode }) {
  const { state, setState, active, reset } = filters;
  const search = useValueField<HTMLInputElement>(state.q, (q) => void setState({ q: q || null }));
  const date = useValueField<HTMLInputElement>(state.date, (value) => void setState({ date: value || null }));
  const archived = useCheckedField(state.archived, (checked) => void setState({ archived: checked || null }));
  // One menu open at a time: they share the space under the bar and would pile up otherwise.
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const menu = (name: string) => ({
    open: openMenu === name,
    onOpenChange: (open: boolean) => setOpenMenu((current) => (open ? name : current === name ? null : current)),
  });
  return (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="flex flex-col">
        <label htmlFor="goal-search" className="text-xs font-medium text-fg-muted">
          Search by name
        </label>
        <input
          {...search}
          id="goal-search"
          type="search"
          value={state.q}
          placeholder="e.g. revenue quota"
          className="w-56 rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm"
        />
      </div>
      <CheckboxMenu label="Assignee" {...menu("Assignee")} options={options.assignees} selected={state.assignee} onChange={(v) => void setState({ assignee: v.length ? v : null })} />
      <CheckboxMenu label="Team" {...menu("Team")} options={options.teams} selected={state.team} onChange={(v) => void setState({ team: v.length ? v : null })} />
      <CheckboxMenu label="Goal type" {...menu("Goal type")} options={options.types} selected={state.type} onChange={(v) => void setState({ type: v.length ? v : null })} />
      <CheckboxMenu
        label="Status"
        {...menu("Status")}
        options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        selected={state.status}
        onChange={(v) => void setState({ status: v.length ? (v as typeof state.status) : null })}
      />
      <div className="flex flex-col">
        <label htmlFor="goal-date" className="text-xs font-medium text-fg-muted">
          Period containing
        </label>
        <input
          {...date}
          id="goal-date"
          type="date"
          value={state.date}
          className="rounded-md border border-line-strong bg-surface px-2 py-1 text-sm"
        />
      </div>
      <div className="flex items-center gap-2 pb-1.5">
        <input {...archived} id="goal-archived" type="checkbox" checked={state.archived} />
        <label htmlFor="goal-archived" className="text-sm">
          Archived goals
        </label>
      </div>
      {active && (
        <button type="button" onClick={() => void reset()} className="pb-1.5 text-sm text-link underline">
          Clear filters
        </button>
      )}
      <div className="ml-auto flex gap-2">{children}</div>
    </div>
  );
}
