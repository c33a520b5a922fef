"use client";

import { type BarShapeProps, useXAxisScale } from "recharts";
import type { ChartPoint } from "@/lib/goals/chart";

const GAP_PX = 1.5;

/**
 * One period's target as a bar spanning the period's own dates. Recharts would size bars from the
 * closest pair of points (here half a period, since edges and middles share the axis); reading the
 * axis scale lets a month's bar cover the month, and a short or long period look short or long.
 */
export function PeriodBar(props: BarShapeProps) {
  const scale = useXAxisScale();
  const point = props.payload as ChartPoint | undefined;
  if (!scale || !point || point.kind !== "period" || point.start === undefined || point.end === undefined) return null;
  const left = scale(point.start);
  const right = scale(point.end);
  if (left === undefined || right === undefined || !Number.isFinite(props.y) || !Number.isFinite(props.height)) return null;
  const width = Math.max(1, right - left - 2 * GAP_PX);
  return (
    <rect
      data-testid="period-bar"
      data-start={new Date(point.start).toISOString()}
      data-end={new Date(point.end).toISOString()}
      data-target={point.target}
      data-highlighted={point.highlighted ? "true" : undefined}
      x={left + GAP_PX}
      y={props.y}
      width={width}
      height={Math.max(0, props.height)}
      rx={2}
      className={point.highlighted ? "fill-chart-bar-highlight" : "fill-chart-bar"}
    />
  );
}
