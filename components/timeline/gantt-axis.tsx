"use client";

import { type AxisTick, fractionOf } from "@/lib/goals/timeline-scale";
import type { DateRange } from "@/lib/goals/timeline-range";

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat("en-US", { timeZone, ...options })));
  return f;
}

export function tickLabel(tick: AxisTick, first: boolean, timeZone: string): string {
  if (tick.size === "week") return format(timeZone, { month: "short", day: "numeric" }).format(tick.at);
  const newYear = tick.key.endsWith("-01-01");
  if (tick.size === "month" && !first && !newYear) return format(timeZone, { month: "short" }).format(tick.at);
  return format(timeZone, { month: "short", year: "numeric" }).format(tick.at);
}

/** Tick labels along the top of the goal bars, and where today is. */
export function GanttAxis({ ticks, range, timeZone, today, todayLabel }: { ticks: readonly AxisTick[]; range: DateRange; timeZone: string; today: number; todayLabel: string }) {
  const todayAt = today >= range.start && today < range.end ? fractionOf(today, range) : null;
  return (
    <div className="relative h-10 text-xs text-slate-700" aria-hidden="true">
      {ticks.map((tick, i) => (
        <span key={tick.key} className="absolute top-0 whitespace-nowrap pl-1" style={{ left: `${fractionOf(tick.at, range) * 100}%` }}>
          {tickLabel(tick, i === 0, timeZone)}
        </span>
      ))}
      {todayAt !== null && (
        <span className="absolute bottom-1 -translate-x-1/2 whitespace-nowrap rounded bg-red-700 px-1 font-medium text-white" style={{ left: `${todayAt * 100}%` }} title={todayLabel}>
          Today
        </span>
      )}
    </div>
  );
}

/** Vertical gridlines behind the bars and the today line in front of them, over the bar column only. */
export function GanttGuides({ ticks, range, today, layer }: { ticks: readonly AxisTick[]; range: DateRange; today: number; layer: "grid" | "today" }) {
  const inside = today >= range.start && today < range.end;
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-[15.75rem] right-3">
      {layer === "grid"
        ? ticks.map((tick) => <div key={tick.key} className="absolute inset-y-0 border-l border-slate-200" style={{ left: `${fractionOf(tick.at, range) * 100}%` }} />)
        : inside && <div data-testid="today-line" className="absolute inset-y-0 z-20 w-0.5 -translate-x-1/2 bg-red-700" style={{ left: `${fractionOf(today, range) * 100}%` }} />}
    </div>
  );
}
