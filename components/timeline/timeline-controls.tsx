"use client";

import type { PeriodPlan } from "@/lib/goals/timeline-scale";
import type { RangePreset, ResolvedRange } from "@/lib/goals/timeline-range";
import { BUCKET_SIZES, type TimelineState } from "@/lib/goals/views/state";

const PRESET_LABELS: Record<RangePreset, string> = {
  "this-month": "This month",
  "this-quarter": "This quarter",
  "this-year": "This year",
  "last-year": "Last year",
  custom: "Custom",
};
const SIZE_LABELS = { week: "Week", month: "Month", quarter: "Quarter" } as const;
const PLURAL = { week: "weeks", month: "months", quarter: "quarters" } as const;

interface Props {
  view: TimelineState;
  setView: (patch: Partial<TimelineState>) => void;
  range: ResolvedRange;
  periods: PeriodPlan;
}

/** Range presets, a custom range, grouping and period size; each change lands in the URL. */
export function TimelineControls({ view, setView, range, periods }: Props) {
  const choose = (preset: RangePreset) =>
    // Custom starts from the range on screen, so the date fields are never blank.
    setView(preset === "custom" ? { range: preset, from: range.fromDate, to: range.toDate } : { range: preset, from: "", to: "" });
  const field = "rounded-md border border-line-strong bg-surface px-2 py-1 text-sm";
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3" data-testid="timeline-controls">
      <fieldset className="flex flex-col">
        <legend className="text-xs font-medium text-fg-muted">Date range</legend>
        <div className="mt-1 flex overflow-hidden rounded-md border border-line-strong bg-surface text-sm">
          {(Object.keys(PRESET_LABELS) as RangePreset[]).map((preset) => (
            <label key={preset} className="relative cursor-pointer border-l border-line-strong px-3 py-1.5 first:border-l-0 has-[:checked]:bg-accent has-[:checked]:text-on-fill has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-focus">
              <input type="radio" name="timeline-range" value={preset} checked={view.range === preset} onChange={() => choose(preset)} className="absolute inset-0 cursor-pointer appearance-none opacity-0" />
              {PRESET_LABELS[preset]}
            </label>
          ))}
        </div>
      </fieldset>
      {view.range === "custom" && (
        <div className="flex items-end gap-2">
          <div className="flex flex-col">
            <label htmlFor="timeline-from" className="text-xs font-medium text-fg-muted">
              From
            </label>
            <input id="timeline-from" type="date" value={view.from} onChange={(event) => setView({ from: event.target.value })} max={view.to || undefined} className={field} />
          </div>
          <div className="flex flex-col">
            <label htmlFor="timeline-to" className="text-xs font-medium text-fg-muted">
              To (inclusive)
            </label>
            <input id="timeline-to" type="date" value={view.to} onChange={(event) => setView({ to: event.target.value })} min={view.from || undefined} className={field} />
          </div>
        </div>
      )}
      <div className="flex flex-col">
        <label htmlFor="timeline-group" className="text-xs font-medium text-fg-muted">
          Stack periods by
        </label>
        <select id="timeline-group" value={view.group} onChange={(event) => setView({ group: event.target.value as TimelineState["group"] })} className={field}>
          <option value="team">Team</option>
          <option value="assignee">Assignee</option>
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="timeline-bucket" className="text-xs font-medium text-fg-muted">
          Period
        </label>
        <select id="timeline-bucket" value={view.bucket} onChange={(event) => setView({ bucket: event.target.value as TimelineState["bucket"] })} className={field}>
          {BUCKET_SIZES.map((size) => (
            <option key={size} value={size}>
              {SIZE_LABELS[size]}
            </option>
          ))}
        </select>
      </div>
      {range.problem && (
        <p role="alert" className="basis-full text-sm text-warning-fg" data-testid="range-problem">
          {range.problem === "reversed" ? "The custom range ends before it starts" : "The custom range needs a valid start and end date"}; showing this year instead.
        </p>
      )}
      {periods.size !== periods.requested && (
        <p className="basis-full text-sm text-fg-muted" role="note" data-testid="coarser-periods">
          Showing {PLURAL[periods.size]}: {PLURAL[periods.requested]} over this range would be too many bars to read.
        </p>
      )}
    </div>
  );
}
