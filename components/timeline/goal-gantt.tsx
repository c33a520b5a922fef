"use client";

import { useLayoutEffect, useRef } from "react";
import { fractionOf } from "@/lib/goals/timeline-scale";
import type { ResolvedRange } from "@/lib/goals/timeline-range";
import type { TimelineAnswer } from "@/lib/goals/views/timeline";
import type { LabelledTick, TimelineText } from "@/lib/goals/views/timeline-text";
import { GanttAxis, GanttGuides } from "./gantt-axis";
import { useElementWidth } from "./use-element-width";
import { AssigneeRow, GoalRow, MoreAssigneesRow, STICKY_NAMES } from "./gantt-rows";

interface Props {
  plan: TimelineAnswer["gantt"];
  range: ResolvedRange;
  ticks: LabelledTick[];
  now: number;
  text: TimelineText;
  onToggle: (goalId: string) => void;
}

/** Goal bars on one date axis, drawn as HTML: every bar is a link, so it takes focus and a name like any other. */
export function GoalGantt({ plan, range, ticks, now, text, onToggle }: Props) {
  const trackRef = useRef<HTMLDivElement>(null);
  const trackPx = useElementWidth(trackRef);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Where the chart scrolls (a phone), it opens with today in view: the recent past and what is running.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const track = trackRef.current;
    if (!scroller || !track || scroller.scrollWidth <= scroller.clientWidth || now < range.start || now >= range.end) return;
    const todayX = track.offsetLeft + fractionOf(now, range) * track.offsetWidth;
    scroller.scrollLeft = Math.max(0, todayX - scroller.clientWidth + 48);
  }, [now, range]);
  return (
    // On a phone a year of bars is wider than the screen: the chart scrolls sideways inside its own
    // box, the names column staying put, and the page itself never does.
    <div ref={scrollRef} className="overflow-x-auto overflow-y-hidden rounded-xl border border-line bg-surface" data-testid="gantt-scroll">
      <div className="relative min-w-[40rem] px-3 pb-2 pt-2 [--gantt-names:9rem] sm:min-w-0 sm:[--gantt-names:15rem]" data-testid="gantt" data-marks={plan.marks}>
        <GanttGuides ticks={ticks} range={range} today={now} layer="grid" />
        <div className="grid grid-cols-[var(--gantt-names)_1fr]">
          <div className={`self-stretch content-end bg-surface pb-1 text-xs font-medium text-fg-muted ${STICKY_NAMES}`} aria-hidden="true">
            Goal · assignees
          </div>
          <GanttAxis ticks={ticks} range={range} today={now} todayLabel={text.today} trackPx={trackPx} trackRef={trackRef} />
        </div>
        <ul className="relative" aria-label={`Goals from ${text.range}`}>
          {plan.lines.map((line) =>
            line.kind === "goal" ? (
              <GoalRow key={`g:${line.goal.id}`} line={line} range={range} trackPx={trackPx} onToggle={onToggle} />
            ) : line.kind === "assignee" ? (
              <AssigneeRow key={`a:${line.goal.id}:${line.scheduleId}`} line={line} range={range} trackPx={trackPx} />
            ) : (
              <MoreAssigneesRow key={`m:${line.goalId}`} text={line.text} />
            ),
          )}
        </ul>
        <GanttGuides ticks={ticks} range={range} today={now} layer="today" />
      </div>
    </div>
  );
}
