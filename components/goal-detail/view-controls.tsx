"use client";

import type { GoalPageState } from "@/lib/goals/views/goal-page-state";
import type { Who } from "@/lib/goals/views/leaderboard-state";

interface Props {
  assignees: readonly Who[];
  /** The goal's first and last day in the portal's calendar: the pickers stay inside its dates. */
  days: { first: string; last: string };
  view: Pick<GoalPageState, "assignee" | "from" | "to">;
  setView: (patch: Partial<GoalPageState>) => void;
  unknownAssignee: boolean;
  rangeIgnored: boolean;
}

const field = "min-h-11 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm md:min-h-0";

/** Assignee and date range; every change lands in the URL so the link shows this view. */
export function ViewControls({ assignees, days, view, setView, unknownAssignee, rangeIgnored }: Props) {
  const { first: min, last: max } = days;
  const active = view.assignee !== "" || view.from !== "" || view.to !== "";
  const shownAssignee = unknownAssignee ? "" : view.assignee;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3" role="group" aria-label="View">
        <div className="flex flex-col">
          <label htmlFor="detail-assignee" className="text-xs font-medium text-fg-muted">
            Assignee
          </label>
          <select id="detail-assignee" value={shownAssignee} onChange={(event) => setView({ assignee: event.target.value })} className={`${field} max-w-full`}>
            <option value="">All assignees ({assignees.length})</option>
            {assignees.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {entry.kind === "team" ? `${entry.name} (team)` : entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="detail-from" className="text-xs font-medium text-fg-muted">
            From
          </label>
          <input id="detail-from" type="date" onChange={(event) => setView({ from: event.target.value })} min={min} max={max} value={view.from} className={field} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="detail-to" className="text-xs font-medium text-fg-muted">
            To
          </label>
          <input id="detail-to" type="date" onChange={(event) => setView({ to: event.target.value })} min={min} max={max} value={view.to} className={field} />
        </div>
        {active && (
          <button type="button" onClick={() => setView({ assignee: "", from: "", to: "" })} className="min-h-11 text-sm text-link underline md:min-h-0 md:pb-1.5">
            Show everything
          </button>
        )}
      </div>
      {unknownAssignee && (
        <p role="status" className="text-sm text-warning-fg">
          The assignee in this link is not part of this goal; showing every assignee.
        </p>
      )}
      {rangeIgnored && (
        <p role="status" className="text-sm text-warning-fg">
          The start date is after the end date, so the date range is ignored.
        </p>
      )}
    </div>
  );
}
