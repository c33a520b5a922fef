import { type Bucket, type BucketSize, bucketBoundaries } from "./buckets";
import { calendarPeriod, localDateKey } from "./calendar";
import type { DateRange } from "./timeline-range";

const SIZES: readonly BucketSize[] = ["week", "month", "quarter"];

/** More periods than this and a period chart's bars get thinner than a label; buckets get coarser instead. */
export const MAX_PERIODS = 60;

export interface PeriodPlan {
  requested: BucketSize;
  /** The requested size, or the first coarser one that keeps the chart at or under MAX_PERIODS. */
  size: BucketSize;
  buckets: Bucket[];
}

/**
 * Buckets for the period chart; a long range with small buckets is cut in coarser ones rather than
 * drawn unreadable. The first and last bucket are clipped to the range, so a week that began in
 * December counts only its January days in a January-to-December view.
 */
export function planPeriods(range: DateRange, requested: BucketSize, timeZone: string, fiscalYearOffset: number, maxPeriods = MAX_PERIODS): PeriodPlan {
  const sizes = SIZES.slice(SIZES.indexOf(requested));
  for (const size of sizes) {
    const buckets = bucketBoundaries(range, size, timeZone, fiscalYearOffset);
    if (buckets.length <= maxPeriods || size === "quarter") return { requested, size, buckets: clipBuckets(buckets, range, timeZone) };
  }
  return { requested, size: "quarter", buckets: [] };
}

function clipBuckets(buckets: Bucket[], range: DateRange, timeZone: string): Bucket[] {
  return buckets.map((bucket) => {
    const start = Math.max(Date.parse(bucket.start), range.start);
    const end = Math.min(Date.parse(bucket.end), range.end);
    if (start === Date.parse(bucket.start) && end === Date.parse(bucket.end)) return bucket;
    return { start: new Date(start).toISOString(), end: new Date(end).toISOString(), key: localDateKey(start, timeZone), timeZone };
  });
}

export interface AxisTick {
  at: number;
  /** Local date of the tick, "YYYY-MM-DD". */
  key: string;
  size: BucketSize;
}

/** Gridlines for the goal bars: the finest of week, month or quarter that gives at most `maxTicks`, thinned if even quarters are too many. */
export function axisTicks(range: DateRange, timeZone: string, fiscalYearOffset: number, maxTicks = 14): AxisTick[] {
  for (const size of SIZES) {
    const edges = bucketBoundaries(range, size, timeZone, fiscalYearOffset).filter((b) => Date.parse(b.start) >= range.start);
    if (edges.length <= maxTicks || size === "quarter") {
      const step = Math.max(1, Math.ceil(edges.length / maxTicks));
      return edges.filter((_, i) => i % step === 0).map((b) => ({ at: Date.parse(b.start), key: b.key, size }));
    }
  }
  return [];
}

/** Where an instant falls across the range, 0 at its start and 1 at its end, clamped. */
export function fractionOf(ms: number, range: DateRange): number {
  if (range.end <= range.start) return 0;
  return Math.min(1, Math.max(0, (ms - range.start) / (range.end - range.start)));
}

/** A period in calendar reading (as buckets read it) clipped to the range; null when they do not overlap. */
export function clipToRange(period: { start: string; end: string }, range: DateRange, timeZone: string): { start: number; end: number; clippedStart: boolean; clippedEnd: boolean } | null {
  const { start, end } = calendarPeriod(period.start, period.end, timeZone);
  if (end <= range.start || start >= range.end) return null;
  return { start: Math.max(start, range.start), end: Math.min(end, range.end), clippedStart: start < range.start, clippedEnd: end > range.end };
}

/** The bucket holding an instant, or -1. */
export function bucketIndexAt(buckets: readonly Bucket[], ms: number): number {
  return buckets.findIndex((b) => Date.parse(b.start) <= ms && ms < Date.parse(b.end));
}
