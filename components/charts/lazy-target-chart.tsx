"use client";

import { lazy, Suspense } from "react";
import { BlockSkeleton } from "@/components/states/skeleton";
import { WhenOnScreen } from "@/components/states/when-on-screen";
import { ChartPlaceholder } from "./chart-placeholder";
import type { TargetChartProps } from "./target-chart";

// Recharts is the heaviest thing Goalboard ships. It is fetched and drawn only once the chart's
// place is on screen: on a phone that is just below the first screen of the goal and target pages,
// and drawn at load it held the main thread for most of Lighthouse's mobile run (three runs each,
// before and after, TBT and performance: goal page 2.1-2.7 s, 62-69 -> 0.86-0.92 s, 74-78; target
// page 1.7-2.2 s, 69-73 -> 0.56-0.77 s, 80-85). React's lazy, not next/dynamic: the chart never
// renders on the server, and next/dynamic's loader was 1.2 KiB gzip of first-load JS.
const TargetChart = lazy(() => import("./target-chart").then((m) => ({ default: m.TargetChart })));
const SIZE = "h-72 sm:h-80";

export function LazyTargetChart({ figuresAt, ...props }: TargetChartProps & { figuresAt: string }) {
  return (
    <WhenOnScreen placeholder={<ChartPlaceholder className={SIZE} figuresAt={figuresAt} />}>
      <Suspense fallback={<BlockSkeleton className={SIZE} label="Loading chart" />}>
        <TargetChart {...props} />
      </Suspense>
    </WhenOnScreen>
  );
}
