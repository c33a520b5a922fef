import { OTHER_KEY } from "@/lib/goals/timeline-periods";

/** The twelve series colours of the theme (tailwind.config.ts), in order, then grey for the rest. */
const SERIES = 12;

export function seriesColour(key: string, index: number): string {
  return key === OTHER_KEY ? "var(--color-chart-series-other)" : `var(--color-chart-series-${(index % SERIES) + 1})`;
}
