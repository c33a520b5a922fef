"use client";

import { useChoiceGroup, useValueField } from "@/components/shell/use-early-input";
import type { PeriodPlan } from "@/lib/goals/timeline-scale";
import type { RangePreset, ResolvedRange } from "@/lib/goals/timeline-range";
import { BUCKET_SIZES, type SetTimelineView, type TimelineView } from "./use-timeline-view";

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
  view: TimelineView;
  setView: SetTimelineView;
  range: ResolvedRange;
  periods: PeriodPlan;
}

/** Range presets, a custom range, grouping and period size; each change lands in the URL. */
export function TimelineControls({ view, setView, range, periods }: Props) {
  const choose = (preset: RangePreset) =>
    // Custom starts from the range on screen, so the date fields are never blank.
    void setView(preset === "custom" ? { range: preset, from: range.fromDate, to: range.toDate } : { range: preset, from: null, to: null });
  const field = "rounded-md border border-line-strong bg-surface px-2 py-1 text-sm";
  const from = useValueField<HTMLInputElement>(view.from, (value) => void setView({ from: value || null }));
  const to = useValueField<HTMLInputElement>(view.to, (value) => void setView({ to: value || null }));
  // After the dates: a preset picked early clears them, and checks run in this order.
  const presets = useChoiceGroup<HTMLDivElement>(view.range, (preset) => choose(preset as RangePreset));
  const group = useValueField<HTMLSelectElement>(view.group, (value) => void setView({ group: value as TimelineView["group"] }));
  const bucket = useValueField<HTMLSelectElement>(view.bucket, (value) => void setView({ bucket: value as TimelineView["bucket"] }));
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3" data-testid="timeline-controls">
      <fieldset className="flex flex-col">
        <legend className="text-xs font-medium text-fg-muted">Date range</legend>
        <div ref={presets} className="mt-1 flex overflow-hidden rounded-md border border-line-strong bg-surface text-sm">
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
            <input {...from} id="timeline-from" type="date" value={view.from} max={view.to || undefined} className={field} />
          </div>
          <div className="flex flex-col">
            <label htmlFor="timeline-to" className="text-xs font-medium text-fg-muted">
              To (inclusive)
            </label>
            <input {...to} id="timeline-to" type="date" value={view.to} min={view.from || undefined} className={field} />
          </div>
        </div>
      )}
      <div className="flex flex-col">
        <label htmlFor="timeline-group" className="text-xs font-medium text-fg-muted">
          Stack periods by
        </label>
        <select {...group} id="timeline-group" value={view.group} className={field}>
          <option value="team">Team</option>
          <option value="assignee">Assignee</option>
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="timeline-bucket" className="text-xs font-medium text-fg-muted">
          Period
        </label>
        <select {...bucket} id="timeline-bucket" value={view.bucket} className={field}>
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
