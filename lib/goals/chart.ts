import { divide, mean, multiply, sum, toNumber } from "./decimal";
import { type Instant, toMillis } from "./instant";
import type { Target } from "./model";
import { combine, expectedOf, periodOf, type Standing } from "./standing";

/**
 * The target-versus-date chart of a standing, in plain numbers for the chart library. It draws
 * exactly the periods the standing's figures cover (its `covered` targets), so the pace point at
 * today is the standing's expected by today and the actual line ends at its actual.
 *
 * Three kinds of point share one time axis (epoch ms): a period's middle carries its bar, period
 * edges carry the cumulative lines (sum goals), and `now` carries where the lines stand today.
 */
export interface ChartPoint {
  x: number;
  kind: "period" | "edge" | "now";
  /** Period points: the period's calendar bounds (end exclusive). */
  start?: number;
  end?: number;
  target?: number;
  /** Average goals: a finished period's actual, at the period's middle. */
  actual?: number;
  /** Average goals: a running period's actual so far, drawn at today, never past it. */
  actualToDate?: number;
  highlighted?: boolean;
  cumulativeTarget?: number;
  cumulativeActual?: number;
  /** The projection's line, from today's actual to the last period's end (drawn dotted). */
  projected?: number;
}

export interface ChartModel {
  points: ChartPoint[];
  /** [first start, last end] in ms. */
  domain: [number, number];
  /** Period starts, for axis ticks. */
  ticks: number[];
  /** Sum goals draw running totals; average goals do not add up. */
  cumulative: boolean;
  hasActual: boolean;
  /** The actual ends in a period still running: its last stretch is progress to date. */
  actualToDate: boolean;
  /** Today and the standing's expected by today, when today falls inside the shown span. */
  today: { x: number; expected: number } | null;
  /** Distinct periods drawn. */
  periods: number;
  /** Where the projected line ends, with the projection range there; null without a projection. */
  projection: { x: number; value: number; low: number | null; high: number | null } | null;
}

export interface ChartOptions {
  now: Instant;
  timeZone: string;
  /** A target whose period is drawn darker (the target page's own). */
  highlight?: Pick<Target, "start" | "end"> | null;
  /** Divides every value, so the axis works in the unit people read (durations arrive in ms). */
  unitDivisor?: number;
}

/** HubSpot keeps durations in milliseconds; people read response times in hours. */
export const MS_PER_HOUR = 3_600_000;

/** What the chart divides a unit's values by: durations are drawn in hours. */
export const chartDivisor = (unit: Target["unit"]): number => (unit === "duration" ? MS_PER_HOUR : 1);

interface PeriodGroup {
  start: number;
  end: number;
  targets: Target[];
}

export function chartModel(standing: Standing, { now, timeZone, highlight = null, unitDivisor = 1 }: ChartOptions): ChartModel {
  const at = toMillis(now);
  const num = (value: string) => toNumber(value) / unitDivisor;
  const averaged = standing.metricType === "AVG";
  const groups = periodGroups(standing.covered, timeZone);
  const empty: ChartModel = { points: [], domain: [0, 0], ticks: [], cumulative: !averaged, hasActual: false, actualToDate: false, today: null, periods: 0, projection: null };
  if (groups.length === 0) return empty;

  const first = groups[0].start;
  const last = Math.max(...groups.map((g) => g.end));
  const marked = highlight ? periodOf(highlight, timeZone) : null;
  const points: ChartPoint[] = [];
  for (const group of groups) {
    const running = group.start <= at && at < group.end;
    const actuals = group.targets.filter((t) => t.actual !== null && periodOf(t, timeZone).start <= at).map((t) => t.actual as string);
    const actual = averaged && actuals.length > 0 ? num(mean(actuals) as string) : undefined;
    points.push({
      x: group.start + (group.end - group.start) / 2,
      kind: "period",
      start: group.start,
      end: group.end,
      target: num(combine(standing.metricType, group.targets.map((t) => t.amount)) as string),
      actual: running ? undefined : actual,
      highlighted: marked !== null && marked.start === group.start && marked.end === group.end,
    });
    if (running && actual !== undefined) points.push({ x: at, kind: "now", actualToDate: actual });
  }

  const inside = first <= at && at < last && standing.expectedByToday !== null;
  if (!averaged) {
    const edges = [...new Set(groups.flatMap((g) => [g.start, g.end]))].sort((a, b) => a - b);
    const reported = standing.actual !== null;
    for (const x of edges) {
      points.push({
        x,
        kind: "edge",
        cumulativeTarget: num(cumulativeTarget(groups, x, timeZone)),
        cumulativeActual: reported && x <= at ? num(cumulativeActual(groups, x, timeZone)) : undefined,
      });
    }
    // Today's point carries the standing's own figures, so the lines end exactly at the cards'.
    if (inside) points.push({ x: at, kind: "now", cumulativeTarget: num(standing.expectedByToday as string), cumulativeActual: reported ? num(standing.actual as string) : undefined });
  }
  const projection = standing.projection;
  if (projection && inside) {
    const actual = standing.actual as string;
    // Sum goals: the plan's shape scaled by the rate so far (actual ÷ expected by today), so the
    // line leaves today's actual and reaches the projection at the end. Averages stay level.
    const along = (x: number) =>
      averaged ? num(projection.value) : num(divide(multiply(cumulativeTarget(groups, x, timeZone), actual), standing.expectedByToday as string) as string);
    points.push({ x: at, kind: "now", projected: num(actual) });
    const bends = new Set(groups.flatMap((g) => (averaged ? [g.end] : [g.start, g.end])).filter((x) => x > at));
    for (const x of bends) points.push({ x, kind: "edge", projected: along(x) });
  }
  points.sort((a, b) => a.x - b.x || order(a) - order(b));
  return {
    points,
    domain: [first, last],
    ticks: groups.map((g) => g.start),
    cumulative: !averaged,
    hasActual: standing.actual !== null,
    actualToDate: standing.actualToDate,
    today: inside ? { x: at, expected: num(standing.expectedByToday as string) } : null,
    periods: groups.length,
    projection:
      projection && inside
        ? {
            x: last,
            value: num(projection.value),
            low: projection.range ? num(projection.range.low) : null,
            high: projection.range ? num(projection.range.high) : null,
          }
        : null,
  };
}

const ORDER = { edge: 0, now: 1, period: 2 } as const;
const order = (p: ChartPoint) => ORDER[p.kind];

/** One group per distinct calendar period, in time order. */
function periodGroups(targets: readonly Target[], timeZone: string): PeriodGroup[] {
  const byKey = new Map<string, PeriodGroup>();
  for (const target of targets) {
    const { start, end } = periodOf(target, timeZone);
    const key = `${start}|${end}`;
    const group = byKey.get(key);
    if (group) group.targets.push(target);
    else byKey.set(key, { start, end, targets: [target] });
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The pro-rated target of every period up to `x`: the line the pace point sits on. */
function cumulativeTarget(groups: readonly PeriodGroup[], x: number, timeZone: string): string {
  return sum(groups.filter((g) => g.start < x).flatMap((g) => g.targets.map((t) => expectedOf(t, x, timeZone))));
}

/** The actual of the periods over by `x`. */
function cumulativeActual(groups: readonly PeriodGroup[], x: number, timeZone: string): string {
  return sum(groups.filter((g) => g.end <= x).flatMap((g) => g.targets.flatMap((t) => (t.actual !== null && periodOf(t, timeZone).start <= x ? [t.actual] : []))));
}
