/** Shared by the chart and its HTML legend, which must not pull Recharts in by itself. */
export const CHART_COLORS = {
  cumulativeTarget: "#334155",
  cumulativeActual: "#047857",
  actual: "#b45309",
  today: "#b91c1c",
  /** The projection continues the actual, in the actual's colour, dashed. */
  projected: "#047857",
} as const;
