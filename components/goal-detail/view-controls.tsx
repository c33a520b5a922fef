"use client";

import type { Goal } from "@/lib/goals/goal";
import { type AssigneeSchedules, type DayRange, goalDays } from "@/lib/goals/goal-view";
import type { useGoalViewState } from "./view-state";

type ViewState = ReturnType<typeof useGoalViewState>;

interface Props {
  goal: Goal;
  assignees: readonly AssigneeSchedules[];
  view: ViewState[0];
  setView: ViewState[1];
  range: DayRange;
  unknownAssignee: boolean;
  timeZone: string;
}

const field = "min-h-11 rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm md:min-h-0";

/** Assignee and date range; every change lands in the URL so the link shows this view. */
export function ViewControls({ goal, assignees, view, setView, range, unknownAssignee, timeZone }: Props) {
  // The goal's own first and last day in the portal's calendar keep the pickers inside its dates.
  const { first: min, last: max } = goalDays(goal, timeZone);
  const active = view.assignee !== null || view.from !== null || view.to !== null;
  const shownAssignee = unknownAssignee ? "" : (view.assignee ?? "");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3" role="group" aria-label="View">
        <div className="flex flex-col">
          <label htmlFor="detail-assignee" className="text-xs font-medium text-fg-muted">
            Assignee
          </label>
          <select id="detail-assignee" value={shownAssignee} onChange={(event) => void setView({ assignee: event.target.value || null })} className={`${field} max-w-full`}>
            <option value="">All assignees ({assignees.length})</option>
            {assignees.map((entry) => (
              <option key={entry.assignee.key} value={entry.assignee.key}>
                {entry.assignee.kind === "team" ? `${entry.assignee.name} (team)` : entry.assignee.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="detail-from" className="text-xs font-medium text-fg-muted">
            From
          </label>
          <input id="detail-from" type="date" onChange={(event) => void setView({ from: event.target.value || null })} min={min} max={max} value={view.from ?? ""} className={field} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="detail-to" className="text-xs font-medium text-fg-muted">
            To
          </label>
          <input id="detail-to" type="date" onChange={(event) => void setView({ to: event.target.value || null })} min={min} max={max} value={view.to ?? ""} className={field} />
        </div>
        {active && (
          <button type="button" onClick={() => void setView({ assignee: null, from: null, to: null })} className="min-h-11 text-sm text-link underline md:min-h-0 md:pb-1.5">
            Show everything
          </button>
        )}
      </div>
      {unknownAssignee && (
        <p role="status" className="text-sm text-warning-fg">
          The assignee in this link is not part of this goal; showing every assignee.
        </p>
      )}
      {range.problem === "from_after_to" && (
        <p role="status" className="text-sm text-warning-fg">
          The start date is after the end date, so the date range is ignored.
        </p>
      )}
    </div>
  );
}
