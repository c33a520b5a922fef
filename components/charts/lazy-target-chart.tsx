"use client";

import dynamic from "next/dynamic";
import { BlockSkeleton } from "@/components/states/skeleton";

/**
 * Recharts is the heaviest thing Goalboard ships; only pages that draw a chart import this file,
 * and even there it loads after the figures, which are in the server-rendered HTML.
 */
export const LazyTargetChart = dynamic(() => import("./target-chart").then((m) => m.TargetChart), {
  ssr: false,
  loading: () => <BlockSkeleton className="h-72 sm:h-80" label="Loading chart" />,
});
