/**
 * Fitting text into the goal chart by estimate rather than by measuring every label: the chart
 * renders the same on the server and in the browser, and only the track's width (one measure)
 * decides what is shown.
 */

/** Rough width of a text-xs label: digits, "$" and capitals run about 7 px at 12 px. */
export function textWidth(text: string): number {
  return Math.ceil(text.length * 7.2);
}

/** Space a tick label keeps from the next one, and its left padding (pl-1). */
const TICK_GAP = 8;

/**
 * The smallest stride (1 = every tick, 2 = every other one…) at which the labels kept do not
 * overlap each other or run past the track's right edge plus `overhang` px. `labelsFor(stride)`
 * gives the labels of the kept ticks, since which tick names the year depends on which are kept.
 */
export function tickStride(positions: readonly number[], labelsFor: (stride: number) => string[], trackPx: number, overhang = 0): number {
  for (let stride = 1; stride < positions.length; stride++) {
    const kept = positions.filter((_, i) => i % stride === 0);
    const labels = labelsFor(stride);
    const fits = kept.every((at, i) => {
      const right = at * trackPx + textWidth(labels[i]) + TICK_GAP;
      const limit = i + 1 < kept.length ? kept[i + 1] * trackPx : trackPx + overhang + TICK_GAP;
      return right <= limit;
    });
    if (fits) return stride;
  }
  return Math.max(positions.length, 1);
}

export type LabelPlace = "inside" | "after" | "before" | "none";

/** Horizontal padding around a label inside a bar (px-1.5) and beside it (px-1). */
const INSIDE_PAD = 12;
const OUTSIDE_PAD = 8;

/**
 * Where a bar's target label goes: inside if it fits, else beside the bar where there is room,
 * else nowhere (the bar's accessible name and title still carry the figure). Without a measured
 * track, a wide bar holds its label and a narrow one has it beside, away from the right edge.
 */
export function barLabelPlace(left: number, width: number, text: string, trackPx: number | null): LabelPlace {
  if (trackPx === null) return width >= 0.12 ? "inside" : left + width < 0.8 ? "after" : "before";
  const needed = textWidth(text);
  if (width * trackPx >= needed + INSIDE_PAD) return "inside";
  if ((1 - left - width) * trackPx >= needed + OUTSIDE_PAD) return "after";
  if (left * trackPx >= needed + OUTSIDE_PAD) return "before";
  return "none";
}
