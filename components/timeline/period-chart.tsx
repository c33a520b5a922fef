"use client";

import { memo } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

/** One period: its key and label, each series' target under `s:<key>`, and the known actual. */
export type ChartRow = { key: string; label: string; actual: number | null } & { [series: `s:${string}`]: number | null };

interface Props {
  rows: ChartRow[];
  series: ChartSeries[];
  stacked: boolean;
  todayKey: string | null;
  format: (value: number | null) => string;
}

/** Target per period stacked by group, with the actual where HubSpot knows it. Loaded only by the timeline page. */
export const PeriodChart = memo(function PeriodChart({ rows, series, stacked, todayKey, format }: Props) {
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* The table under the chart is the accessible version; the SVG stays out of the tab order. */}
      <ComposedChart data={rows} margin={{ top: 16, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="key" tickFormatter={(key: string) => labelOf.get(key) ?? key} tick={{ fontSize: 12 }} minTickGap={8} />
        <YAxis tickFormatter={(v: number) => format(v)} tick={{ fontSize: 12 }} width={72} />
        <Tooltip labelFormatter={(key) => labelOf.get(String(key)) ?? String(key)} formatter={(value) => format(typeof value === "number" ? value : null)} />
        {/* Legend text in the series colour fails contrast for the light hues; the swatch carries the colour. */}
        <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#334155" }}>{value}</span>} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={`s:${s.key}`} name={s.label} fill={s.colour} stackId={stacked ? "target" : undefined} isAnimationActive={false} />
        ))}
        {stacked && <Line dataKey="actual" name="Actual (where known)" stroke="#111827" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />}
        {todayKey && <ReferenceLine x={todayKey} stroke="#b91c1c" strokeWidth={2} label={{ value: "Today", position: "top", fill: "#b91c1c", fontSize: 12 }} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
});
