"use client";

import { useMemo, useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { Target } from "@/lib/goals/model";
import { axisAmount, axisDate } from "./axis-format";
import { CHART_COLORS } from "./chart-colors";
import type { ChartModel } from "@/lib/goals/chart";
import { PeriodBar } from "./period-bar";
import { NO_VERTICAL_LINES, tickInterval, widestLabelPx } from "./tick-interval";

export interface TargetChartProps {
  model: ChartModel;
  unit: Target["unit"];
  currency: string | null;
  timeZone: string;
  cadence: string | null;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
}

const COLORS = CHART_COLORS;
const MARGIN = { top: 16, right: 8, bottom: 4, left: 8 };
const Y_AXIS_PX = 64;
const MIN_TICK_GAP_PX = 12;
// width 0: Recharts would otherwise measure every word of every tick label to wrap it, each
// measurement a layout of the whole page (with the grid's, about a sixth of the goal page's first
// chart render, profiled at 4x CPU).
const TICK = { fontSize: 12, width: 0, fill: COLORS.axis };

/** "Today" beside its line on the side with room: past the middle it would run into the right axis. */
function todayLabelSide({ today, domain: [from, to] }: ChartModel): "insideTopLeft" | "insideTopRight" {
  return today && to > from && (today.x - from) / (to - from) > 0.5 ? "insideTopRight" : "insideTopLeft";
}

/**
 * Target versus date. Per-period figures use the left axis; running totals (SUM goals only, since an
 * average response time does not add up) use the right one, so a year's total does not flatten
 * the monthly bars.
 */
export function TargetChart({ model, unit, currency, timeZone, cadence, description }: TargetChartProps) {
  const amount = useMemo(() => axisAmount(unit, currency), [unit, currency]);
  const date = useMemo(() => axisDate(cadence, timeZone), [cadence, timeZone]);
  const cumulativeActual = model.cumulative && model.points.some((p) => p.cumulativeActual !== undefined);
  const paceAxis = model.cumulative ? "cumulative" : "period";
  const [width, setWidth] = useState(0);
  const widest = useMemo(() => widestLabelPx(model.ticks.map(date), TICK.fontSize), [model.ticks, date]);
  const yAxes = model.cumulative ? 2 : 1;
  const interval = tickInterval(model.ticks.length, widest, width - MARGIN.left - MARGIN.right - yAxes * Y_AXIS_PX, MIN_TICK_GAP_PX);
  // The running total's point at today gets a hollow dot of its own when it is progress to date.
  const data = useMemo(
    () => model.points.map((p) => (model.actualToDate && p.kind === "now" && p.cumulativeActual !== undefined ? { ...p, toDate: p.cumulativeActual } : p)),
    [model],
  );

  return (
    <div role="img" aria-label={description} className="h-72 w-full sm:h-80" data-testid="target-chart">
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        <ComposedChart data={data} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid yAxisId="period" strokeDasharray="3 3" vertical={false} verticalCoordinatesGenerator={NO_VERTICAL_LINES} stroke={COLORS.grid} />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={model.domain}
            ticks={model.ticks}
            tickFormatter={date}
            interval={interval}
            allowDataOverflow
            stroke={COLORS.axis}
            tick={TICK}
          />
          {/* Five or so ticks down 320 px never crowd; a fixed interval spares measuring them. */}
          <YAxis yAxisId="period" tickFormatter={amount} width={Y_AXIS_PX} interval={0} stroke={COLORS.axis} tick={TICK} />
          {model.cumulative && <YAxis yAxisId="cumulative" orientation="right" tickFormatter={amount} width={Y_AXIS_PX} interval={0} stroke={COLORS.axis} tick={TICK} />}
          <Bar yAxisId="period" dataKey="target" shape={PeriodBar} isAnimationActive={false} legendType="none" />
          {model.cumulative && (
            <Line
              yAxisId="cumulative"
              dataKey="cumulativeTarget"
              stroke={COLORS.cumulativeTarget}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
              className="cumulative-target"
            />
          )}
          {cumulativeActual && (
            <Line
              yAxisId="cumulative"
              dataKey="cumulativeActual"
              stroke={COLORS.cumulativeActual}
              strokeWidth={2.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
              className="cumulative-actual"
            />
          )}
          {!model.cumulative && model.hasActual && (
            <Line
              yAxisId="period"
              dataKey="actual"
              stroke={COLORS.actual}
              strokeWidth={2}
              dot={{ r: 4, fill: COLORS.actual }}
              connectNulls
              isAnimationActive={false}
              className="period-actual"
            />
          )}
          {model.actualToDate && (
            <Line
              yAxisId={model.cumulative ? "cumulative" : "period"}
              dataKey={model.cumulative ? "toDate" : "actualToDate"}
              stroke="none"
              dot={{ r: 5, fill: COLORS.surface, stroke: model.cumulative ? COLORS.cumulativeActual : COLORS.actual, strokeWidth: 2 }}
              isAnimationActive={false}
              legendType="none"
              className="actual-to-date"
            />
          )}
          {model.projection && (
            <Line
              yAxisId={paceAxis}
              dataKey="projected"
              stroke={model.cumulative ? COLORS.projected : COLORS.actual}
              // Dotted, not dashed: the cumulative target is the dashed line on the same axis.
              strokeDasharray="0.1 6"
              strokeLinecap="round"
              strokeWidth={3.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
              legendType="none"
              className="projected-line"
            />
          )}
          {model.projection && model.projection.low !== null && model.projection.high !== null && (
            <ReferenceLine
              yAxisId={paceAxis}
              segment={[
                { x: model.projection.x, y: model.projection.low },
                { x: model.projection.x, y: model.projection.high },
              ]}
              stroke={model.cumulative ? COLORS.projected : COLORS.actual}
              strokeWidth={6}
              strokeOpacity={0.45}
              ifOverflow="extendDomain"
              className="projection-range"
            />
          )}
          {model.today && (
            <ReferenceLine
              yAxisId={paceAxis}
              x={model.today.x}
              stroke={COLORS.today}
              strokeDasharray="4 3"
              label={{ value: "Today", position: todayLabelSide(model), fill: COLORS.today, fontSize: 12 }}
              className="today-marker"
            />
          )}
          {model.today && (
            <ReferenceDot
              yAxisId={paceAxis}
              x={model.today.x}
              y={model.today.expected}
              r={5}
              fill={COLORS.surface}
              stroke={COLORS.today}
              strokeWidth={2}
              className="pace-point"
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
