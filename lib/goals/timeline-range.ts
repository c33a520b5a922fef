import { TZDate } from "@date-fns/tz";
import { assertTimeZone, localDateKey, localDayRange, localMidnight } from "./calendar";
import { type Instant, toMillis } from "./instant";
import type { Target } from "./model";
import { RANGE_PRESETS } from "./view-choices";

export { RANGE_PRESETS };
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A span of local days: `start` is local midnight of the first day, `end` local midnight after the last (exclusive). */
export interface DateRange {
  start: number;
  end: number;
}

export interface RangeChoice {
  preset: RangePreset;
  /** "YYYY-MM-DD", first day of a custom range. */
  from?: string | null;
  /** "YYYY-MM-DD", last day of a custom range (inclusive, as a person types it). */
  to?: string | null;
}

export interface ResolvedRange extends DateRange {
  /** The preset actually used: a custom range that cannot be read falls back to this year. */
  preset: RangePreset;
  /** First and last local day, for date inputs and labels. */
  fromDate: string;
  toDate: string;
  /** Why a requested custom range was not used. */
  problem: "invalid" | "reversed" | null;
}

/** The fiscal year offset the portal's goals carry; the most common one wins if slices disagree. */
export function portalFiscalOffset(targets: readonly Pick<Target, "fiscalYearOffset">[]): number {
  const counts = new Map<number, number>();
  for (const target of targets) counts.set(target.fiscalYearOffset, (counts.get(target.fiscalYearOffset) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [offset, count] of counts) {
    if (count > bestCount || (count === bestCount && offset < best)) {
      best = offset;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A preset's local-day span in the portal's zone. Quarters and years follow the fiscal year, which
 * starts `fiscalYearOffset` months after January: with offset 3, "this year" on 10 February 2027
 * is 1 April 2026 to 31 March 2027.
 */
export function presetRange(preset: Exclude<RangePreset, "custom">, now: Instant, timeZone: string, fiscalYearOffset = 0): DateRange {
  assertTimeZone(timeZone);
  const local = new TZDate(toMillis(now), timeZone);
  const year = local.getFullYear();
  const month = local.getMonth();
  const offset = ((fiscalYearOffset % 12) + 12) % 12;
  const span = (firstMonth: number, months: number) => ({
    start: localMidnight(year, firstMonth, 1, timeZone),
    end: localMidnight(year, firstMonth + months, 1, timeZone),
  });
  switch (preset) {
    case "this-month":
      return span(month, 1);
    case "this-quarter":
      return span(month - ((((month - offset) % 3) + 3) % 3), 3);
    case "this-year":
      return span(month - ((month - offset + 12) % 12), 12);
    case "last-year":
      return span(month - ((month - offset + 12) % 12) - 12, 12);
  }
}

/** Resolves the URL's choice; an unreadable or reversed custom range falls back to this year and says why. */
export function resolveRange(choice: RangeChoice, now: Instant, timeZone: string, fiscalYearOffset = 0): ResolvedRange {
  let problem: ResolvedRange["problem"] = null;
  if (choice.preset === "custom") {
    const from = choice.from ? localDayRange(choice.from, timeZone) : null;
    const to = choice.to ? localDayRange(choice.to, timeZone) : null;
    if (from && to && from.start < to.end) return describe("custom", { start: from.start, end: to.end }, timeZone, null);
    problem = from && to ? "reversed" : "invalid";
  }
  const preset = choice.preset === "custom" ? "this-year" : choice.preset;
  return describe(preset, presetRange(preset, now, timeZone, fiscalYearOffset), timeZone, problem);
}

function describe(preset: RangePreset, range: DateRange, timeZone: string, problem: ResolvedRange["problem"]): ResolvedRange {
  return { preset, ...range, fromDate: localDateKey(range.start, timeZone), toDate: localDateKey(range.end - 1, timeZone), problem };
}
