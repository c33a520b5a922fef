import type { PeriodSeries } from "@/lib/goals/timeline-periods";

/** The twelve series colours of the theme (tailwind.config.ts), in order, then grey for the rest. */
const SERIES = 12;

/**
 * "Other" (the one series that folds groups together) is grey. Told by its `folded` count, not its
 * key: importing the key brought the server's period maths into the timeline's first-load JS.
 */
export function seriesColour(series: Pick<PeriodSeries, "folded">, index: number): string {
  return series.folded > 0 ? "var(--color-chart-series-other)" : `var(--color-chart-series-${(index % SERIES) + 1})`;
}
