/**
 * Theme colours (tailwind.config.ts) for the chart and its HTML legend, which must not pull
 * Recharts in by itself. CSS variables, so SVG strokes and fills follow light and dark.
 */
export const CHART_COLORS = {
  cumulativeTarget: "var(--color-chart-cumulative-target)",
  cumulativeActual: "var(--color-chart-cumulative-actual)",
  actual: "var(--color-chart-actual)",
  today: "var(--color-today)",
  /** The projection continues the actual, in the actual's colour, dotted. */
  projected: "var(--color-chart-cumulative-actual)",
  /** Inside hollow points. */
  surface: "var(--color-surface)",
  grid: "var(--color-chart-grid)",
  axis: "var(--color-chart-axis)",
  /** The period chart's actual line. */
  ink: "var(--color-fg)",
  legend: "var(--color-fg-muted)",
} as const;
