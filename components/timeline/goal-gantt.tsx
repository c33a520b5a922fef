"use client";

import { useMemo, useRef } from "react";
import { axisTicks } from "@/lib/goals/timeline-scale";
import type { ResolvedRange } from "@/lib/goals/timeline-range";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";
import type { Formatters } from "@/components/format/use-formatters";
import { GanttAxis, GanttGuides } from "./gantt-axis";
import { useElementWidth } from "./use-element-width";
import { AssigneeRow, GoalRow, MoreAssigneesRow } from "./gantt-rows";

interface Props {
  plan: TimelineAnswer["gantt"];
  range: ResolvedRange;
  fiscalYearOffset: number;
  now: number;
  fmt: Formatters;
  onToggle: (goalId: string) => void;
}

/** Goal bars on one date axis, drawn as HTML: every bar is a link, so it takes focus and a name like any other. */
export function GoalGantt({ plan, range, fiscalYearOffset, now, fmt, onToggle }: Props) {
  const ticks = useMemo(() => axisTicks(range, fmt.timeZone, fiscalYearOffset), [range, fmt.timeZone, fiscalYearOffset]);
  const trackRef = useRef<HTMLDivElement>(null);
  const trackPx = useElementWidth(trackRef);
  return (
    <div className="relative overflow-hidden rounded-xl border border-line bg-surface px-3 pb-2 pt-2 [--gantt-names:8rem] sm:[--gantt-names:15rem]" data-testid="gantt" data-marks={plan.marks}>
      <GanttGuides ticks={ticks} range={range} today={now} layer="grid" />
      <div className="grid grid-cols-[var(--gantt-names)_1fr]">
        <div className="self-end pb-1 text-xs font-medium text-fg-muted" aria-hidden="true">
          Goal · assignees
        </div>
        <GanttAxis ticks={ticks} range={range} timeZone={fmt.timeZone} today={now} todayLabel={`Today, ${fmt.date(new Date(now).toISOString())}`} trackPx={trackPx} trackRef={trackRef} />
      </div>
      <ul className="relative" aria-label={`Goals from ${fmt.period(new Date(range.start).toISOString(), new Date(range.end).toISOString())}`}>
        {plan.lines.map((line) =>
          line.kind === "goal" ? (
            <GoalRow key={`g:${line.goal.id}`} line={line} range={range} fmt={fmt} trackPx={trackPx} onToggle={onToggle} />
          ) : line.kind === "assignee" ? (
            <AssigneeRow key={`a:${line.goal.id}:${line.scheduleId}`} line={line} range={range} fmt={fmt} trackPx={trackPx} />
          ) : (
            <MoreAssigneesRow key={`m:${line.goalId}`} hidden={line.hidden} />
          ),
        )}
      </ul>
      <GanttGuides ticks={ticks} range={range} today={now} layer="today" />
    </div>
  );
}
