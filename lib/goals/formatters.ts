/**
 * Every figure and date as text, in the portal's currency and time zone: the one place the pages
 * (and the server views, which send list rows as text) turn the goal maths into words.
 */
import { type Instant, toMillis } from "./instant";
import type { Account, Target } from "./model";
import { calendarInstant } from "./calendar";
import {
  countOf,
  formatAmount,
  formatDate,
  formatDateTime,
  formatCompact,
  formatExpected,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentWithin,
  formatPeriod,
  formatSpan,
  formatTime,
  percentBounds,
  projectionBounds,
} from "./format";
import { LOCALE } from "./locale";
import type { Standing } from "./standing";

/** "$1.2M", "480": for narrow cells, bar labels and axes; the exact amount goes in a title. */
export function compactAmount(value: string | number | null, unit: Target["unit"], currency: string): string {
  if (value === null) return "—";
  if (unit === "duration") return formatAmount(String(value), unit, currency, { locale: LOCALE });
  return formatCompact(value, unit === "currency" ? currency : null, LOCALE);
}

export interface Formatters {
  amount: (value: string | null, unit: Target["unit"], currency?: string | null) => string;
  /** An amount in a narrow place: "$1.2M". */
  compact: (value: string | null, unit: Target["unit"], currency?: string | null) => string;
  /** An expectation such as pace-to-date: counts in whole numbers. */
  expected: (value: string | null, unit: Target["unit"], currency?: string | null) => string;
  /** "1 goal", "12 goals". */
  count: (count: number, singular: string, plural?: string) => string;
  /** A whole number with grouping: "1,400". */
  number: (value: number) => string;
  money: (value: string | null) => string;
  date: (at: Instant) => string;
  /** A moment (a record's creation, its last change) in the portal zone, with the zone named. */
  dateTime: (iso: string) => string;
  period: (start: Instant, endExclusive: Instant) => string;
  /** The calendar day a period starts on (a UTC-midnight bound is read as that date). */
  firstDay: (start: string) => string;
  /** The last calendar day of a period, given its exclusive end. */
  lastDay: (endExclusive: Instant) => string;
  percent: (ratio: number | null) => string;
  /** A ratio beside its standing's verdict, never rounded across the line the verdict draws. */
  percentWithin: (ratio: number | null, standing: Pick<Standing, "status" | "direction" | "metricType">) => string;
  /** A standing's projected attainment, never rounded across the at-risk threshold or the 100% its gap is judged by. */
  projected: (standing: Pick<Standing, "direction" | "projection">, threshold: number) => string;
  /** A short column label for a stretch of time in epoch ms: "Nov 2", "Jan 2026", "Jan – Mar 2026". */
  span: (start: number, endExclusive: number) => string;
  /** A time of day in the portal zone: "14:05". */
  time: (ms: number) => string;
  timeZone: string;
  currency: string;
}

export function makeFormatters(account: Pick<Account, "currency" | "timeZone">): Formatters {
  return {
    amount: (value, unit, currency) => formatAmount(value, unit, currency ?? account.currency, { locale: LOCALE }),
    compact: (value, unit, currency) => compactAmount(value, unit, currency ?? account.currency),
    expected: (value, unit, currency) => formatExpected(value, unit, currency ?? account.currency, { locale: LOCALE }),
    count: (count, singular, plural) => countOf(count, singular, plural, LOCALE),
    number: (value) => formatNumber(value, LOCALE, 0),
    money: (value) => formatMoney(value, account.currency, LOCALE),
    date: (at) => formatDate(at, account.timeZone, LOCALE),
    dateTime: (iso) => formatDateTime(iso, account.timeZone, LOCALE),
    period: (start, end) => formatPeriod(start, end, account.timeZone, LOCALE),
    firstDay: (start) => formatDate(calendarInstant(Date.parse(start), account.timeZone), account.timeZone, LOCALE),
    lastDay: (end) => formatDate(calendarInstant(toMillis(end), account.timeZone) - 1, account.timeZone, LOCALE),
    percent: (ratio) => formatPercent(ratio, LOCALE),
    percentWithin: (ratio, standing) => formatPercentWithin(ratio, percentBounds(standing), LOCALE),
    projected: (standing, threshold) => formatPercentWithin(standing.projection?.attainment ?? null, projectionBounds(standing, threshold), LOCALE),
    time: (ms) => formatTime(ms, account.timeZone, LOCALE),
    span: (start, end) => formatSpan(start, end, account.timeZone, LOCALE),
    timeZone: account.timeZone,
    currency: account.currency,
  };
}
