"use client";

import type { TimelineAnswer } from "@/lib/goals/views/timeline";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One line saying what is on screen: how many goals, which days, in which zone and fiscal year. */
export function TimelineSummary({ model }: { model: TimelineAnswer }) {
  const { range, goalCount, fiscalYearOffset, text } = model;
  const offset = ((fiscalYearOffset % 12) + 12) % 12;
  return (
    <p className="text-sm text-fg-muted" data-testid="timeline-summary" aria-live="polite">
      <span data-testid="timeline-range" data-from={range.fromDate} data-to={range.toDate}>
        {text.range}
      </span>{" "}
      · <span data-testid="timeline-goal-count">{text.goals}</span> {goalCount === 1 ? "goal" : "goals"} · {text.targets} · dates in{" "}
      {model.account.timeZone}
      {offset !== 0 && <> · fiscal year starts in {MONTHS[offset]}</>}
    </p>
  );
}
