"use client";

import { fractionOf } from "@/lib/goals/timeline-scale";
import type { DateRange } from "@/lib/goals/timeline-range";
import type { LabelledTick } from "@/lib/goals/views/timeline-text";
import { tickStride } from "./label-fit";

/** The ticks that get a label at this width; before the track is measured, every one. */
function labelledTicks(ticks: readonly LabelledTick[], range: DateRange, trackPx: number | null) {
  const labelsFor = (stride: number) => ticks.filter((_, i) => i % stride === 0).map((tick) => tick.label);
  const positions = ticks.map((tick) => fractionOf(tick.at, range));
  // The chart's own right padding (px-3) leaves room for the last label to run a little past the track.
  const stride = trackPx === null ? 1 : tickStride(positions, labelsFor, trackPx, 12);
  const labels = labelsFor(stride);
  return ticks.filter((_, i) => i % stride === 0).map((tick, i) => ({ tick, label: labels[i] }));
}

interface AxisProps {
  ticks: readonly LabelledTick[];
  range: DateRange;
  today: number;
  todayLabel: string;
  /** Width of the bar track in px, once measured; narrow tracks label every second, third… tick. */
  trackPx: number | null;
  trackRef: React.Ref<HTMLDivElement>;
}

/** Tick labels along the top of the goal bars, and where today is. */
export function GanttAxis({ ticks, range, today, todayLabel, trackPx, trackRef }: AxisProps) {
  const todayAt = today >= range.start && today < range.end ? fractionOf(today, range) : null;
  return (
    <div ref={trackRef} className="relative h-10 text-xs text-fg-muted" aria-hidden="true" data-testid="gantt-axis" data-measured={trackPx !== null}>
      {labelledTicks(ticks, range, trackPx).map(({ tick, label }) => (
        <span key={tick.key} className="absolute top-0 whitespace-nowrap pl-1" style={{ left: `${fractionOf(tick.at, range) * 100}%` }} data-testid="axis-tick">
          {label}
        </span>
      ))}
      {todayAt !== null && (
        <span className="absolute bottom-1 -translate-x-1/2 whitespace-nowrap rounded bg-today px-1 font-medium text-on-today" style={{ left: `${todayAt * 100}%` }} title={todayLabel}>
          Today
        </span>
      )}
    </div>
  );
}

/**
 * Vertical gridlines behind the bars and the today line in front of them, over the bar column only.
 * The today line starts below the axis (the chart's top padding and the axis, 3rem), so it runs
 * through neither a month's label nor its own "Today" pill.
 */
export function GanttGuides({ ticks, range, today, layer }: { ticks: readonly LabelledTick[]; range: DateRange; today: number; layer: "grid" | "today" }) {
  const inside = today >= range.start && today < range.end;
  return (
    <div aria-hidden="true" className={`pointer-events-none absolute bottom-0 left-[calc(var(--gantt-names)+0.75rem)] right-3 ${layer === "today" ? "top-12" : "top-0"}`}>
      {layer === "grid"
        ? ticks.map((tick) => <div key={tick.key} className="absolute inset-y-0 border-l border-chart-grid" style={{ left: `${fractionOf(tick.at, range) * 100}%` }} />)
        : inside && <div data-testid="today-line" className="absolute inset-y-0 z-20 w-0.5 -translate-x-1/2 bg-today" style={{ left: `${fractionOf(today, range) * 100}%` }} />}
    </div>
  );
}
