"use client";

import Link from "next/link";
import type { TimelineLine } from "@/lib/goals/views/timeline";
import { fractionOf } from "@/lib/goals/timeline-scale";
import type { DateRange } from "@/lib/goals/timeline-range";
import { goalViewUrl } from "@/components/goal-detail/view-url";
import { barLabelPlace, type LabelPlace } from "./label-fit";
import { HATCH, STATUS_BAR, STATUS_NAME } from "./status-style";

type GoalLine = Extract<TimelineLine, { kind: "goal" }>;
type AssigneeLine = Extract<TimelineLine, { kind: "assignee" }>;

interface RowProps {
  range: DateRange;
  /** Bar track width in px once measured; labels that would not fit are left out. */
  trackPx: number | null;
}

/** The names column stays in view while a phone scrolls the bars sideways (above the bars and the today line). */
export const STICKY_NAMES = "sticky left-0 z-30";

function place(start: number, end: number, range: DateRange) {
  const left = fractionOf(start, range);
  const width = Math.max(fractionOf(end, range) - left, 0);
  return { left, width, style: { left: `${left * 100}%`, width: `max(${width * 100}%, 3px)` } };
}

/** The target printed beside a bar too narrow to hold it, on whichever side has room. */
function BarLabel({ text, left, width, place }: { text: string; left: number; width: number; place: LabelPlace }) {
  if (place !== "after" && place !== "before") return null;
  return (
    <span aria-hidden="true" data-testid="bar-label" className="absolute top-1/2 -translate-y-1/2 whitespace-nowrap px-1 text-xs text-fg" style={place === "after" ? { left: `${(left + width) * 100}%` } : { right: `${(1 - left) * 100}%` }}>
      {text}
    </span>
  );
}

export function GoalRow({ line, range, trackPx, onToggle }: RowProps & { line: GoalLine; onToggle: (goalId: string) => void }) {
  const { goal, span, status, text } = line;
  const name = goal.name || "(unnamed goal)";
  const short = text.short;
  const { left, width, style } = place(span.start, span.end, range);
  const labelAt = barLabelPlace(left, width, short, trackPx);
  const continues = [span.clippedStart && "starts before", span.clippedEnd && "ends after"].filter(Boolean).join(" and ");
  const label = `${name}: ${text.dates}, ${STATUS_NAME[status]}, ${goal.metricType === "AVG" ? "average" : "total"} target ${text.full}${continues ? `; ${continues} this range` : ""}. Open the goal.`;
  return (
    <li className="grid h-11 grid-cols-[var(--gantt-names)_1fr] items-center border-t border-line-subtle sm:h-9" data-testid="gantt-goal-row" data-goal-id={goal.id}>
      <div className={`flex h-full min-w-0 items-center gap-1 bg-surface pr-2 ${STICKY_NAMES}`}>
        {line.assigneeCount > 0 ? (
          <button
            type="button"
            aria-expanded={line.expanded}
            aria-label={`${line.expanded ? "Hide" : "Show"} assignees of ${name}`}
            onClick={() => onToggle(goal.id)}
            className="h-11 w-11 shrink-0 rounded text-fg-subtle hover:bg-surface-strong sm:h-auto sm:w-auto sm:px-1.5 sm:py-0.5"
          >
            {line.expanded ? "▾" : "▸"}
          </button>
        ) : (
          <span className="w-6 shrink-0" />
        )}
        <span className="truncate text-sm font-medium" title={name}>
          {name}
        </span>
        <span className="shrink-0 text-xs text-fg-subtle">{line.assigneeCount}</span>
      </div>
      <div className="relative h-7">
        <Link
          href={`/goals/${encodeURIComponent(goal.id)}`}
          prefetch={false}
          aria-label={label}
          title={label}
          data-testid="goal-bar"
          data-goal-id={goal.id}
          data-status={status}
          className={`absolute inset-y-0 z-10 flex items-center overflow-hidden whitespace-nowrap px-1.5 text-xs font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:ring-offset-surface focus-visible:ring-focus ${STATUS_BAR[status]} ${span.clippedStart ? "" : "rounded-l"} ${span.clippedEnd ? "" : "rounded-r"}`}
          style={style}
        >
          {labelAt === "inside" ? short : null}
        </Link>
        <BarLabel text={short} left={left} width={width} place={labelAt} />
      </div>
    </li>
  );
}

export function AssigneeRow({ line, range, trackPx }: RowProps & { line: AssigneeLine }) {
  const { goal, assignee, span, status, segments, text } = line;
  const short = text.short;
  const gaps = segments.filter((s) => s.kind === "gap");
  const gapText = gaps.length ? `; no target ${gaps.map((g) => g.dates).join(", ")}` : "";
  const label = `${assignee.name} on ${goal.name}: ${text.dates}, ${STATUS_NAME[status]}, target ${text.full}${gapText}. Open the goal.`;
  const bar = span ? place(span.start, span.end, range) : null;
  const labelAt = bar ? barLabelPlace(bar.left, bar.width, short, trackPx) : "none";
  return (
    <li className="grid h-8 grid-cols-[var(--gantt-names)_1fr] items-center bg-surface-subtle/70" data-testid="gantt-assignee-row" data-goal-id={goal.id} data-assignee={assignee.name} data-gaps={gaps.length}>
      <div className={`h-full truncate bg-surface-subtle pl-8 pr-2 text-sm leading-8 ${STICKY_NAMES}`} title={assignee.name}>
        {assignee.name}
      </div>
      <div className="relative h-5">
        {segments.map((segment) => (
          <SegmentMark key={`${segment.kind}:${segment.start}`} segment={segment} status={status} range={range} who={assignee.name} />
        ))}
        {bar && (
          <>
            <Link
              href={goalViewUrl(`/goals/${encodeURIComponent(goal.id)}`, { assignee: assignee.key })}
              prefetch={false}
              aria-label={label}
              title={label}
              data-testid="assignee-bar"
              className="absolute inset-y-0 z-10 rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-focus"
              style={bar.style}
            />
            {labelAt === "inside" ? (
              <span aria-hidden="true" className={`pointer-events-none absolute top-1/2 z-10 -translate-y-1/2 whitespace-nowrap px-1.5 text-xs ${status === "upcoming" ? "text-timeline-upcoming-fg" : "text-on-fill"}`} style={{ left: bar.style.left }}>
                {short}
              </span>
            ) : (
              <BarLabel text={short} left={bar.left} width={bar.width} place={labelAt} />
            )}
          </>
        )}
      </div>
    </li>
  );
}

function SegmentMark({ segment, status, range, who }: { segment: AssigneeLine["segments"][number]; status: AssigneeLine["status"]; range: DateRange; who: string }) {
  const { style } = place(segment.start, segment.end, range);
  if (segment.kind === "target") return <div aria-hidden="true" className={`absolute inset-y-0 rounded-sm ${STATUS_BAR[status]}`} style={style} />;
  const text = `No target for ${who}: ${segment.dates}`;
  return <div role="img" aria-label={text} title={text} data-testid="gap-marker" className="absolute inset-y-0 rounded-sm border border-dashed border-timeline-gap-border bg-surface" style={{ ...style, ...HATCH }} />;
}

/** `text`: "and 12 more assignees". */
export function MoreAssigneesRow({ text }: { text: string }) {
  return (
    <li className="grid h-8 grid-cols-[var(--gantt-names)_1fr] items-center bg-surface-subtle/70 text-sm text-fg-muted" data-testid="gantt-more-row">
      <div className="col-span-2 pl-8">and {text}; filter by assignee or team to see them.</div>
    </li>
  );
}
