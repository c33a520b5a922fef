/**
 * Recharts' default tick spacing ("preserveEnd") measures every label in a DOM span, and each
 * measurement forces a style and layout pass of the page (about 80 on the timeline's first chart
 * render). Knowing the widest label and the plot width, a fixed interval gives the same spacing
 * with no measuring.
 *
 * Answers Recharts' `interval`: how many ticks to skip between two shown ones.
 */
export function tickInterval(tickCount: number, widestLabelPx: number, plotWidthPx: number, minGapPx: number): number {
  if (tickCount <= 1 || !(plotWidthPx > 0)) return 0;
  const slot = plotWidthPx / tickCount;
  return Math.max(0, Math.ceil((widestLabelPx + minGapPx) / slot) - 1);
}

/** Widest label at the ticks' font, from canvas text metrics, which need no layout of the page. */
export function widestLabelPx(labels: readonly string[], fontSizePx: number): number {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return Math.max(0, ...labels.map((l) => l.length)) * fontSizePx * 0.6;
  context.font = `${fontSizePx}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.max(0, ...labels.map((l) => context.measureText(l).width));
}

/**
 * For a grid of horizontal lines only (`vertical={false}`): Recharts still places the vertical
 * lines, measuring every x-axis label as it does, unless it is given where they go.
 */
export const NO_VERTICAL_LINES = (): number[] => [];
