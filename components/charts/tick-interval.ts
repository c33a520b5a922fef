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
