"use client";

import { memo, useCallback, useMemo, useState } from "react";
import { compactAmount } from "@/lib/goals/formatters";
import type { Target } from "@/lib/goals/model";
import { NO_VERTICAL_LINES, tickInterval, widestLabelPx } from "@/components/charts/tick-interval";
import { CHART_COLORS } from "@/components/charts/chart-colors";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

/** One period: its key and label, each series' target under `s:<key>`, and the known actual (so far, for the running period). */
export type ChartRow = { key: string; label: string; actual: number | null; actualToDate: number | null } & { [series: `s:${string}`]: number | null };

interface Props {
  rows: ChartRow[];
  series: ChartSeries[];
  stacked: boolean;
  todayKey: string | null;
  /** The amounts' unit and currency, for the axis and the tooltip (formatted here, in the chart's own chunk). */
  unit: Target["unit"];
  currency: string;
}

const MARGIN = { top: 16, right: 16, bottom: 4, left: 8 };
const Y_AXIS_PX = 72;
const MIN_TICK_GAP_PX = 8;
// width 0: Recharts would otherwise measure every word of every tick label to wrap it.
const TICK = { fontSize: 12, width: 0, fill: CHART_COLORS.axis };
const TOOLTIP_BOX = { background: CHART_COLORS.surface, borderColor: CHART_COLORS.grid, color: CHART_COLORS.ink };

/** Target per period stacked by group, with the actual where HubSpot knows it. Loaded only by the timeline page. */
export const PeriodChart = memo(function PeriodChart({ rows, series, stacked, todayKey, unit, currency }: Props) {
  const format = useCallback((value: number | null) => compactAmount(value, unit, currency), [unit, currency]);
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const [width, setWidth] = useState(0);
  const widest = useMemo(() => widestLabelPx(rows.map((r) => r.label), TICK.fontSize), [rows]);
  const interval = tickInterval(rows.length, widest, width - MARGIN.left - MARGIN.right - Y_AXIS_PX, MIN_TICK_GAP_PX);
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
      {/* The table under the chart is the accessible version; the SVG stays out of the tab order. */}
      <ComposedChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="key" tickFormatter={(key: string) => labelOf.get(key) ?? key} tick={TICK} interval={interval} stroke={CHART_COLORS.axis} />
        {/* Five or so ticks down 320 px never crowd; a fixed interval spares measuring them. */}
        <YAxis tickFormatter={(v: number) => format(v)} tick={TICK} width={Y_AXIS_PX} interval={0} stroke={CHART_COLORS.axis} />
        <Tooltip contentStyle={TOOLTIP_BOX} itemStyle={{ color: CHART_COLORS.ink }} cursor={{ fill: CHART_COLORS.grid }} labelFormatter={(key) => labelOf.get(String(key)) ?? String(key)} formatter={(value) => format(typeof value === "number" ? value : null)} />
        {/* Legend text in the series colour fails contrast for the light hues; the swatch carries the colour. */}
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: CHART_COLORS.legend }}>{value}</span>} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={`s:${s.key}`} name={s.label} fill={s.colour} stackId={stacked ? "target" : undefined} isAnimationActive={false} />
        ))}
        {stacked && <Line dataKey="actual" name="Actual (where known)" stroke={CHART_COLORS.ink} strokeWidth={2} dot={{ r: 3, fill: CHART_COLORS.surface }} activeDot={{ stroke: CHART_COLORS.surface }} connectNulls={false} isAnimationActive={false} />}
        {stacked && (
          // One point, so no line is drawn: the stroke only colours its key.
          <Line dataKey="actualToDate" name="Actual to date (period still running)" stroke={CHART_COLORS.ink} strokeDasharray="3 3" dot={{ r: 4, fill: CHART_COLORS.surface, stroke: CHART_COLORS.ink, strokeWidth: 2 }} isAnimationActive={false} className="actual-to-date" />
        )}
        {todayKey && <ReferenceLine x={todayKey} stroke={CHART_COLORS.today} strokeWidth={2} label={{ value: "Today", position: "top", fill: CHART_COLORS.today, fontSize: 12 }} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
});
