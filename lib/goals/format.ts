import { boundedMemo } from "./bounded-memo";
import { calendarPeriod } from "./calendar";
import { type Instant, toMillis } from "./instant";
import type { Target } from "./model";
import { compare } from "./decimal";
import { PACE_TOLERANCE } from "./pace";
import { AT_RISK_THRESHOLD, isAtRisk } from "./at-risk";
import type { Standing } from "./standing";

/**
 * Display formatting with Intl only. Decimal strings go to Intl.NumberFormat as strings, which
 * formats them exactly (no float rounding of large amounts) in current engines.
 */

const EMPTY = "—";

export interface FormatOptions {
  locale?: string;
}

type NumericInput = string | number;

// Intl constructors are slow relative to format calls and lists render thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function formatWith(format: Intl.NumberFormat, value: NumericInput): string {
  return format.format(value as Intl.StringNumericLiteral);
}

export function formatNumber(value: NumericInput | null, locale?: string, maximumFractionDigits = 2): string {
  if (value === null || value === "") return EMPTY;
  return formatWith(numberFormat(locale, { maximumFractionDigits }), value);
}

/**
 * Money in the given ISO currency; without a (valid) currency the plain number, never a guessed
 * symbol. `whole`: rounded to whole units (a wallboard, read from across a room).
 */
export function formatMoney(value: string | null, currency: string | null, locale?: string, whole = false): string {
  if (value === null || value === "") return EMPTY;
  const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  if (currency === null) return formatNumber(value, locale, whole ? 0 : 2);
  try {
    return formatWith(numberFormat(locale, { style: "currency", currency, ...digits }), value);
  } catch {
    return `${formatNumber(value, locale, whole ? 0 : 2)} ${currency}`;
  }
}

/** Units a duration amount may be stored in; HubSpot's duration properties are milliseconds. */
export type DurationSource = "millisecond" | "second" | "minute" | "hour";
const MS_PER: Record<DurationSource, number> = { millisecond: 1, second: 1_000, minute: 60_000, hour: 3_600_000 };

/**
 * An amount in its unit. Durations are shown in hours; they are assumed to be stored in
 * milliseconds (as HubSpot's time-to-reply properties are) unless `durationSource` says otherwise.
 */
export function formatAmount(
  value: string | null,
  unit: Target["unit"],
  currency: string | null,
  options: FormatOptions & { durationSource?: DurationSource } = {},
): string {
  if (value === null || value === "") return EMPTY;
  if (unit === "currency") return formatMoney(value, currency, options.locale);
  if (unit === "count") return formatNumber(value, options.locale);
  const hours = (Number(value) * MS_PER[options.durationSource ?? "millisecond"]) / MS_PER.hour;
  return numberFormat(options.locale, { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 }).format(
    hours,
  );
}

/**
 * A short figure for narrow cells and axes: "$152K", "1.3K". The minimum fraction digits are set
 * on purpose: with a currency, Node 20's V8 keeps the currency's two digits clamped to the maximum
 * ("$152.0K") while current Chromium drops them ("$152K"), and a server-rendered label then fails
 * hydration. The value goes in as a Number: one decimal of a compact figure loses nothing visible,
 * and numbers format alike in every engine.
 */
export function formatCompact(value: NumericInput, currency: string | null, locale?: string): string {
  const base: Intl.NumberFormatOptions = { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 };
  const number = Number(value);
  if (currency === null) return numberFormat(locale, base).format(number);
  try {
    return numberFormat(locale, { ...base, style: "currency", currency }).format(number);
  } catch {
    return `${numberFormat(locale, base).format(number)} ${currency}`;
  }
}

/**
 * A count with its noun: "1 goal", "1,400 goals". English only, like the rest of the UI; nouns
 * whose plural is not "+s" pass it.
 */
export function countOf(count: number, singular: string, plural = `${singular}s`, locale?: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(count)} ${count === 1 ? singular : plural}`;
}

/**
 * What a goal expects by now. Pro-rating a count of calls or leads gives fractions ("1,348.51
 * calls") nobody can make, so counts round to whole numbers here; money and durations keep their
 * usual precision, and CSV exports keep the exact value.
 */
export function formatExpected(value: string | null, unit: Target["unit"], currency: string | null, options: FormatOptions = {}): string {
  if (unit === "count" && value !== null && value !== "") return formatNumber(value, options.locale, 0);
  return formatAmount(value, unit, currency, options);
}

/** A ratio (0.87) as a percentage ("87%"). */
export function formatPercent(ratio: number | null, locale?: string, maximumFractionDigits = 0): string {
  if (ratio === null || !Number.isFinite(ratio)) return EMPTY;
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}

/** Where a percentage must read, strictly, for the verdict beside it to hold. */
export interface PercentBounds {
  /** The shown value must be below this ratio. */
  below?: number;
  /** The shown value must be above this ratio. */
  above?: number;
}

/**
 * What the verdict beside a ratio (attainment to date, or progress once every period is over)
 * says about it. An outcome splits at 100%; an average goal's pace splits at the ±5% band, since
 * its attainment is the very ratio judged; a sum goal behind its pace is below 95% of even the
 * started periods' full targets. Ahead and on pace say nothing about a sum goal's attainment.
 */
export function percentBounds(standing: Pick<Standing, "status" | "direction" | "metricType">, tolerance = PACE_TOLERANCE): PercentBounds {
  const lower = standing.direction === "LOWER_IS_BETTER";
  const low = 1 - tolerance;
  const high = 1 + tolerance;
  switch (standing.status) {
    case "missed":
      return lower ? { above: 1 } : { below: 1 };
    case "ahead":
      if (standing.metricType !== "AVG") return {};
      return lower ? { below: low } : { above: high };
    case "behind":
      if (standing.metricType !== "AVG") return lower ? {} : { below: low };
      return lower ? { above: high } : { below: low };
    default:
      return {};
  }
}

/**
 * Where a projected attainment must read: below the at-risk threshold when it is flagged (above
 * its mirror where lower is better), and on the side of 100% its gap to target is on.
 */
export function projectionBounds(standing: Pick<Standing, "direction" | "projection">, threshold = AT_RISK_THRESHOLD): PercentBounds {
  const projection = standing.projection;
  if (!projection) return {};
  const lower = standing.direction === "LOWER_IS_BETTER";
  if (isAtRisk(projection, standing.direction, threshold)) return lower ? { above: 2 - threshold } : { below: threshold };
  const side = compare(projection.gap, "0");
  return side < 0 ? { below: 1 } : side > 0 ? { above: 1 } : {};
}

/**
 * A percentage that never contradicts its verdict: whole percents as usual, but where rounding
 * would carry the figure across the line its verdict drew (99.87% beside Missed), one decimal
 * (99.9%), rounded away from the line if even that would cross it.
 */
export function formatPercentWithin(ratio: number | null, bounds: PercentBounds, locale?: string): string {
  if (ratio === null || !Number.isFinite(ratio)) return EMPTY;
  const whole = shownRatio(ratio, locale);
  const tenths = Math.round(ratio * 1000) / 1000;
  if (bounds.below !== undefined && whole >= bounds.below) return formatPercent(tenths < bounds.below ? tenths : Math.floor(ratio * 1000) / 1000, locale, 1);
  if (bounds.above !== undefined && whole <= bounds.above) return formatPercent(tenths > bounds.above ? tenths : Math.ceil(ratio * 1000) / 1000, locale, 1);
  return formatPercent(ratio, locale);
}

/** The ratio a whole-percent text shows, read back from the formatter's own parts. */
function shownRatio(ratio: number, locale?: string): number {
  const parts = numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).formatToParts(ratio);
  const digits = parts.filter((p) => p.type === "integer" || p.type === "minusSign").map((p) => (p.type === "minusSign" ? "-" : p.value)).join("");
  return Number(digits) / 100;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined, timeZone: string, withTime = false): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone }
      : { dateStyle: "medium", timeZone };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The time of day of an instant in the portal zone, 24-hour: "14:05". */
export function formatTime(ms: number, timeZone: string, locale?: string): string {
  const key = `${locale ?? ""}|${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) timeFormats.set(key, (format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone })));
  return format.format(ms);
}

/** The calendar date of an instant in the portal zone. */
export function formatDate(iso: Instant, timeZone: string, locale?: string): string {
  return dateFormat(locale, timeZone).format(toMillis(iso));
}

const spanFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A short column label for a stretch of calendar time given in epoch ms (end exclusive): a week by
 * its first day ("Nov 2"), a month by name ("Jan 2026"), anything longer by its months ("Jan – Mar 2026").
 */
export function formatSpan(start: number, endExclusive: number, timeZone: string, locale?: string): string {
  const days = (endExclusive - start) / 86_400_000;
  const style: Intl.DateTimeFormatOptions = days <= 8 ? { month: "short", day: "numeric" } : { month: "short", year: "numeric" };
  const key = `${locale ?? ""}|${timeZone}|${days <= 8}`;
  let format = spanFormats.get(key);
  if (!format) spanFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...style, timeZone })));
  if (days <= 32) return format.format(start);
  return format.formatRange(start, endExclusive - 1).replace(/[\u2009\u202f]/g, " ");
}

/** A moment in the portal zone, naming the zone: "Dec 12, 2025, 10:04 AM EST". */
export function formatDateTime(iso: Instant, timeZone: string, locale?: string): string {
  // Plain spaces before "AM", as in formatPeriod: ICU versions differ, and the server's HTML must match the browser's.
  return dateFormat(locale, timeZone, true).format(toMillis(iso)).replace(/[\u2009\u202f]/g, " ");
}

const periodLabels = boundedMemo<string>(10_000);

/**
 * A period as its first and last day ("Jan 1 – 31, 2026"). The model's end is exclusive, so the last
 * day shown is the one before it; bounds stored at UTC midnight are read as calendar dates.
 */
export function formatPeriod(start: Instant, endExclusive: Instant, timeZone: string, locale?: string): string {
  const from = toMillis(start);
  const to = toMillis(endExclusive);
  // formatRange is the slowest call in a page's render, and rows repeat a handful of periods.
  return periodLabels(`${locale ?? ""}|${timeZone}|${from}|${to}`, () => {
    const period = calendarPeriod(new Date(from).toISOString(), new Date(to).toISOString(), timeZone);
    const lastMoment = Math.max(period.start, period.end - 1);
    // ICU versions disagree on the spaces around the dash (Node's thin spaces, Chromium's plain ones);
    // plain spaces make a server-rendered period match the browser's, so hydration does not fail.
    return dateFormat(locale, timeZone).formatRange(period.start, lastMoment).replace(/[\u2009\u202f]/g, " ");
  });
}
