"use client";

import { Suspense } from "react";
import { BlockSkeleton } from "@/components/states/skeleton";
import { WhenOnScreen } from "@/components/states/when-on-screen";

interface Props {
  /** The chart's height classes: placeholder, skeleton and chart take the same room, so nothing moves. */
  size: string;
  /** Where the page gives the chart's figures in words meanwhile. */
  figuresAt: string;
  /** What the skeleton says while Recharts loads. */
  loadingLabel: string;
  /** The lazily imported chart. */
  children: React.ReactNode;
}

/**
 * Recharts is the heaviest thing Goalboard ships, so every chart is fetched and drawn only once its
 * place is on screen. Drawn at load, it held the main thread for most of Lighthouse's mobile run:
 * the timeline's chart sits below the gantt on a phone (four runs each, before and after:
 * performance 68-74 -> 85-99), the goal and target pages' just below the first screen (three runs
 * each, TBT and performance: goal page 2.1-2.7 s, 62-69 -> 0.86-0.92 s, 74-78; target page
 * 1.7-2.2 s, 69-73 -> 0.56-0.77 s, 80-85). Charts are loaded with React's lazy, not next/dynamic:
 * they never render on the server, and next/dynamic's loader was 1.2 KiB gzip of first-load JS.
 * Until then the place says so in words, not a bare grey box: a full-page capture taken before
 * anyone scrolls there shows it.
 */
export function ChartWhenOnScreen({ size, figuresAt, loadingLabel, children }: Props) {
  const placeholder = (
    <div className={`flex items-center justify-center rounded-xl border border-dashed border-line p-4 text-center text-sm text-fg-muted ${size}`}>
      The chart is drawn when you scroll to it. {figuresAt}
    </div>
  );
  return (
    <WhenOnScreen placeholder={placeholder}>
      <Suspense fallback={<BlockSkeleton className={size} label={loadingLabel} />}>{children}</Suspense>
    </WhenOnScreen>
  );
}
