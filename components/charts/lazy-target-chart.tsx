"use client";

import { lazy } from "react";
import { ChartWhenOnScreen } from "./chart-when-on-screen";
import type { TargetChartProps } from "./target-chart";

const TargetChart = lazy(() => import("./target-chart").then((m) => ({ default: m.TargetChart })));

export function LazyTargetChart({ figuresAt, ...props }: TargetChartProps & { figuresAt: string }) {
  return (
    <ChartWhenOnScreen size="h-72 sm:h-80" figuresAt={figuresAt} loadingLabel="Loading chart">
      <TargetChart {...props} />
    </ChartWhenOnScreen>
  );
}
