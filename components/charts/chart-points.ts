import { toNumber } from "@/lib/goals/decimal";
import type { PaceMarker, SeriesPoint } from "@/lib/goals/series";

/**
 * The target-versus-date chart's data on one time axis (epoch ms). Three kinds of point share it:
 * a period's middle carries that period's bar, period edges carry the cumulative lines (so the
 * target line bends exactly where periods meet, as pro-rated pace does), and `now` carries the
 * cumulative actual of a period still running, which HubSpot measured today, not at period end.
 */
export interface ChartPoint {
  x: number;
  kind: "period" | "edge" | "now";
  /** Period points: the period's bounds (ISO, end exclusive) and its figures. */
  start?: string;
  end?: string;
  target?: number;
  actual?: number;
  highlighted?: boolean;
  cumulativeTarget?: number;
  cumulativeActual?: number;
}

export interface ChartModel {
  points: ChartPoint[];
  /** [first start, last end] in ms. */
  domain: [number, number];
  /** Period starts, for axis ticks. */
  ticks: number[];
  /** Whether the cumulative lines apply (SUM goals) and whether any progress was reported. */
  cumulative: boolean;
  hasActual: boolean;
  /** The today marker and the pro-rated pace point, when today falls inside the shown span. */
  today: { x: number; expected: number } | null;
}

export interface ChartInput {
  series: readonly SeriesPoint[];
  /** From `paceMarker` over the same periods. */
  marker: PaceMarker | null;
  now: number;
  averaged: boolean;
  /** Start and end of a period to emphasise (the target page's own period). */
  highlight?: { start: string; end: string } | null;
  /**
   * Divides every value, so the axis works in the unit people read: durations arrive in
   * milliseconds, and ticks at 1.9 h steps (nice numbers of milliseconds) read badly.
   */
  unitDivisor?: number;
}

export function chartModel({ series, marker, now, averaged, highlight = null, unitDivisor = 1 }: ChartInput): ChartModel {
  const num = (value: string | null): number | undefined => (value === null ? undefined : toNumber(value) / unitDivisor);
  if (series.length === 0) return { points: [], domain: [0, 0], ticks: [], cumulative: !averaged, hasActual: false, today: null };
  const points: ChartPoint[] = [];
  const hasActual = series.some((point) => point.actual !== null);
  const cumulativeActualShown = !averaged && series.some((point) => point.cumulativeActual !== null);
  let previousEnd: number | null = null;
  let runningTarget = 0;
  let runningActual: number | undefined = cumulativeActualShown ? 0 : undefined;

  for (const point of series) {
    const start = Date.parse(point.start);
    const end = Date.parse(point.end);
    if (!averaged && previousEnd !== start) {
      // The first period, or one after a gap: the lines start again from where they were.
      points.push({ x: start, kind: "edge", cumulativeTarget: runningTarget, cumulativeActual: runningActual });
    }
    points.push({
      x: start + (end - start) / 2,
      kind: "period",
      start: point.start,
      end: point.end,
      target: toNumber(point.target) / unitDivisor,
      actual: averaged ? num(point.actual) : undefined,
      highlighted: highlight !== null && highlight.start === point.start && highlight.end === point.end,
    });
    if (!averaged) {
      runningTarget = num(point.cumulativeTarget) ?? runningTarget;
      const cumulativeActual = num(point.cumulativeActual);
      runningActual = cumulativeActual;
      const running = start <= now && now < end;
      points.push({ x: end, kind: "edge", cumulativeTarget: runningTarget, cumulativeActual: running ? undefined : cumulativeActual });
      if (running && cumulativeActual !== undefined) points.push({ x: now, kind: "now", cumulativeActual });
    }
    previousEnd = end;
  }
  points.sort((a, b) => a.x - b.x);

  const first = Date.parse(series[0].start);
  const last = Math.max(...series.map((point) => Date.parse(point.end)));
  return {
    points,
    domain: [first, last],
    ticks: series.map((point) => Date.parse(point.start)),
    cumulative: !averaged,
    hasActual,
    today: marker && now >= first && now < last ? { x: Date.parse(marker.at), expected: toNumber(marker.expected) / unitDivisor } : null,
  };
}
