import { assertTimeZone, calendarInstant, calendarPeriod, localDateKey, localDay, localMidnight } from "./calendar";
import { divideRounded, fromFixedPoint, toFixedPoint } from "./fixed-point";
import { type Instant, toIso, toMillis } from "./instant";
import type { Target } from "./model";

export type BucketSize = "week" | "month" | "quarter";

export interface Bucket {
  start: string;
  /** Exclusive. */
  end: string;
  /** Local date of the first day, "YYYY-MM-DD": stable across renders and zones for React keys and labels. */
  key: string;
  /** Zone the edges were computed in; bucketTargets reads targets in the same zone. */
  timeZone: string;
}

const MAX_BUCKETS = 5_000;

/**
 * Consecutive buckets covering [range.start, range.end), with edges at local midnight in the
 * portal's zone: weeks start on Monday, quarters at the fiscal year's start month
 * (fiscalYearOffset months after January). Range bounds get the same calendar reading as periods.
 */
export function bucketBoundaries(
  range: { start: Instant; end: Instant },
  size: BucketSize,
  timeZone: string,
  fiscalYearOffset = 0,
): Bucket[] {
  assertTimeZone(timeZone);
  if (!Number.isInteger(fiscalYearOffset)) throw new RangeError(`Fiscal year offset must be whole months: ${fiscalYearOffset}`);
  const offset = ((fiscalYearOffset % 12) + 12) % 12;
  const from = calendarInstant(toMillis(range.start), timeZone);
  const to = calendarInstant(toMillis(range.end), timeZone);
  const buckets: Bucket[] = [];
  let cursor = floorToBucket(from, size, timeZone, offset);
  while (cursor < to) {
    const next = nextBucketStart(cursor, size, timeZone);
    buckets.push({ start: toIso(cursor), end: toIso(next), key: localDateKey(cursor, timeZone), timeZone });
    cursor = next;
    if (buckets.length > MAX_BUCKETS) throw new RangeError(`More than ${MAX_BUCKETS} ${size} buckets requested`);
  }
  return buckets;
}

function floorToBucket(ms: number, size: BucketSize, timeZone: string, fiscalOffset: number): number {
  const { year, month, date, weekday } = localDay(ms, timeZone);
  if (size === "week") {
    const sinceMonday = (weekday + 6) % 7;
    return localMidnight(year, month, date - sinceMonday, timeZone);
  }
  if (size === "month") return localMidnight(year, month, 1, timeZone);
  const intoQuarter = (((month - fiscalOffset) % 3) + 3) % 3;
  return localMidnight(year, month - intoQuarter, 1, timeZone);
}

function nextBucketStart(ms: number, size: BucketSize, timeZone: string): number {
  const { year, month, date } = localDay(ms, timeZone);
  if (size === "week") return localMidnight(year, month, date + 7, timeZone);
  return localMidnight(year, month + (size === "month" ? 1 : 3), 1, timeZone);
}

export interface BucketCell {
  /** SUM: pro-rated target total. AVG: time-weighted mean target. Null when no target overlaps. */
  target: string | null;
  /** Same over targets with progress data in this bucket; null when none has any (or the bucket is still ahead). */
  actual: string | null;
  /** Targets overlapping the bucket. */
  targetCount: number;
  /** Of those, how many have no progress data: `actual` covers only the rest. */
  missingActual: number;
}

export interface BucketRow {
  key: string;
  /** SUM and AVG targets never share a row: adding an average to a total means nothing. */
  metricType: Target["metricType"];
  cells: BucketCell[];
  /** Over the whole bucket range (targets counted once, however many buckets they touch). */
  total: BucketCell;
}

/**
 * Totals per bucket per group key. A target straddling bucket edges is split by time overlap.
 * Each piece is a difference of cumulative pro-ratings (amount × elapsed / duration, rounded at 20
 * places), so a target's pieces telescope back to exactly its amount; no rounding residue builds up.
 *
 * A target's actual is progress so far, so it is spread over the part of its period before
 * `progressUntil` only: a quarter's actual in its second month fills the first two months, and a
 * month still ahead shows no actual rather than a share of work not done yet.
 */
export function bucketTargets(
  targets: readonly Target[],
  buckets: readonly Bucket[],
  groupBy: (target: Target) => string,
  progressUntil: number = Number.POSITIVE_INFINITY,
): BucketRow[] {
  if (buckets.length === 0) return [];
  const timeZone = buckets[0].timeZone;
  const starts = buckets.map((bucket) => Date.parse(bucket.start));
  const ends = buckets.map((bucket) => Date.parse(bucket.end));
  const rows = new Map<string, RowAccumulator>();

  for (const target of targets) {
    const { start, end } = calendarPeriod(target.start, target.end, timeZone);
    let i = firstEndingAfter(ends, start);
    if (i >= buckets.length || starts[i] >= end) continue;

    const key = groupBy(target);
    const rowKey = `${target.metricType}\u0000${key}`;
    let row = rows.get(rowKey);
    if (!row) rows.set(rowKey, (row = new RowAccumulator(key, target.metricType, buckets.length)));
    row.total.countTarget(target);

    const amount = new Share(toFixedPoint(target.amount), end - start);
    // A target not started yet that already reports progress has nothing to spread it by but its period.
    const elapsed = progressUntil > start ? Math.min(end, progressUntil) - start : end - start;
    const actual = target.actual === null ? null : new Share(toFixedPoint(target.actual), elapsed);
    for (; i < buckets.length && starts[i] < end; i++) {
      const from = Math.max(starts[i], start) - start;
      const to = Math.min(ends[i], end) - start;
      if (to <= from) continue;
      const cell = row.cells[i];
      cell.countTarget(target);
      const progressTo = Math.min(to, elapsed);
      const withProgress = actual !== null && progressTo > from;
      if (target.metricType === "AVG") {
        cell.addWeighted(amount.value, to - from);
        row.total.addWeighted(amount.value, to - from);
        if (withProgress) {
          cell.addWeightedActual(actual.value, progressTo - from);
          row.total.addWeightedActual(actual.value, progressTo - from);
        }
      } else {
        const targetPiece = amount.between(from, to);
        const actualPiece = withProgress ? actual.between(from, progressTo) : null;
        cell.addSum(targetPiece, actualPiece);
        row.total.addSum(targetPiece, actualPiece);
      }
    }
  }

  return [...rows.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.metricType < b.metricType ? 1 : -1))
    .map((row) => ({
      key: row.key,
      metricType: row.metricType,
      cells: row.cells.map((cell) => cell.result()),
      total: row.total.result(),
    }));
}

function firstEndingAfter(ends: readonly number[], instant: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ends[mid] > instant) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** A value spread evenly over a duration; remembers the last cumulative step, as pieces come in order. */
class Share {
  private lastAt = 0;
  private lastCumulative = 0n;

  constructor(
    readonly value: bigint,
    private readonly duration: number,
  ) {}

  between(from: number, to: number): bigint {
    const before = this.cumulative(from);
    return this.cumulative(to) - before;
  }

  private cumulative(at: number): bigint {
    if (at === 0) return 0n;
    if (at === this.duration) return this.value;
    if (at !== this.lastAt) {
      this.lastAt = at;
      this.lastCumulative = divideRounded(this.value * BigInt(at), BigInt(this.duration));
    }
    return this.lastCumulative;
  }
}

class CellAccumulator {
  private targetSum: bigint | null = null;
  private actualSum: bigint | null = null;
  private targetWeight = 0;
  private actualWeight = 0;
  private count = 0;
  private missing = 0;

  constructor(private readonly averaged: boolean) {}

  /** Called once per target per cell (and once per target for a row's total). */
  countTarget(target: Target): void {
    this.count++;
    if (target.actual === null) this.missing++;
  }

  addSum(target: bigint, actual: bigint | null): void {
    this.targetSum = (this.targetSum ?? 0n) + target;
    if (actual !== null) this.actualSum = (this.actualSum ?? 0n) + actual;
  }

  addWeighted(target: bigint, weight: number): void {
    this.targetSum = (this.targetSum ?? 0n) + target * BigInt(weight);
    this.targetWeight += weight;
  }

  addWeightedActual(actual: bigint, weight: number): void {
    this.actualSum = (this.actualSum ?? 0n) + actual * BigInt(weight);
    this.actualWeight += weight;
  }

  result(): BucketCell {
    const finish = (total: bigint | null, weight: number) =>
      total === null ? null : fromFixedPoint(this.averaged ? divideRounded(total, BigInt(weight)) : total);
    return {
      target: finish(this.targetSum, this.targetWeight),
      actual: finish(this.actualSum, this.actualWeight),
      targetCount: this.count,
      missingActual: this.missing,
    };
  }
}

class RowAccumulator {
  readonly cells: CellAccumulator[];
  readonly total: CellAccumulator;

  constructor(
    readonly key: string,
    readonly metricType: Target["metricType"],
    bucketCount: number,
  ) {
    const averaged = metricType === "AVG";
    this.cells = Array.from({ length: bucketCount }, () => new CellAccumulator(averaged));
    this.total = new CellAccumulator(averaged);
  }
}
