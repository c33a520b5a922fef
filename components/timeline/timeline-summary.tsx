"use client";

import type { Formatters } from "@/lib/goals/formatters";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One line saying what is on screen: how many goals, which days, in which zone and fiscal year. */
export function TimelineSummary({ model, fmt }: { model: TimelineAnswer; fmt: Formatters }) {
  const { range, goalCount, targetCount, fiscalYearOffset } = model;
  const offset = ((fiscalYearOffset % 12) + 12) % 12;
  return (
    <p className="text-sm text-fg-muted" data-testid="timeline-summary" aria-live="polite">
      <span data-testid="timeline-range" data-from={range.fromDate} data-to={range.toDate}>
        {fmt.period(new Date(range.start).toISOString(), new Date(range.end).toISOString())}
      </span>{" "}
      · <span data-testid="timeline-goal-count">{fmt.number(goalCount)}</span> {goalCount === 1 ? "goal" : "goals"} · {fmt.count(targetCount, "target")} · dates
      in {fmt.timeZone}
      {offset !== 0 && <> · fiscal year starts in {MONTHS[offset]}</>}
    </p>
  );
}
