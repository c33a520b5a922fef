"use client";

import { GOAL_PAGE } from "@/lib/goals/view-choices";
import type { TimelineState } from "@/lib/goals/views/state";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";
import { NoMatch } from "@/components/goals/list-notes";
import { GanttLegend } from "./gantt-legend";
import { GoalGantt } from "./goal-gantt";

interface Props {
  model: TimelineAnswer;
  view: TimelineState;
  setView: (patch: Partial<TimelineState>) => void;
  /** Whether any goal-list filter is set: an empty range then means "no match", not "nothing planned". */
  filtersActive: boolean;
  onReset: () => void;
}

export function GanttSection({ model, view, setView, filtersActive, onReset }: Props) {
  const { gantt } = model;
  const toggle = (goalId: string) => setView({ open: view.open.includes(goalId) ? view.open.filter((id) => id !== goalId) : [...view.open, goalId] });
  const remaining = gantt.totalGoals - gantt.shownGoals;
  return (
    <section aria-labelledby="gantt-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="gantt-heading" className="text-lg font-semibold">
          Goals over time
        </h2>
        <GanttLegend />
      </div>
      {gantt.totalGoals === 0 && filtersActive ? (
        <NoMatch onReset={onReset} />
      ) : gantt.totalGoals === 0 ? (
        <p className="rounded-xl border border-dashed border-line-strong bg-surface p-6 text-center text-fg-muted" data-testid="gantt-empty">
          No goal has a period in this range. Try another range.
        </p>
      ) : (
        <>
          <GoalGantt plan={gantt} range={model.range} ticks={model.ticks} now={model.at} text={model.text} onToggle={toggle} />
          <div className="flex flex-wrap items-center gap-3 text-sm text-fg-muted">
            <p data-testid="gantt-count" aria-live="polite">
              {model.text.ganttCount}
            </p>
            {remaining > 0 && gantt.cutByBudget === 0 && (
              <button type="button" onClick={() => setView({ goals: view.goals + GOAL_PAGE })} className="rounded-md border border-line-strong bg-surface px-3 py-1 hover:bg-surface-subtle">
                {model.text.moreGoals}
              </button>
            )}
            {gantt.cutByBudget > 0 && (
              <p role="note">Collapse some goals or narrow the filters to see the other {model.text.remaining}: this many bars would no longer be readable.</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}
