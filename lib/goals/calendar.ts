import { TZDate } from "@date-fns/tz";
import { boundedMemo } from "./bounded-memo";

/** Time-zone helpers: what a day, a week or a month is in the portal's IANA zone. */

const DAY_MS = 86_400_000;
const validZones = new Set<string>();

export function assertTimeZone(timeZone: string): void {
  if (validZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  }
  validZones.add(timeZone);
}

/**
 * The two readings every calendar helper below is built on, remembered: each costs several Intl
 * calls through TZDate, and pages ask for the same few (month starts, period bounds) for every row
 * they draw, on the server and again in the browser while hydrating.
 */
const midnights = boundedMemo<number>(20_000);
const localDays = boundedMemo<LocalDay>(20_000);
/** Periods read in a zone: a portal's 10,000 targets share a few dozen, read on every re-render. */
const periods = boundedMemo<Readonly<{ start: number; end: number }>>(50_000);

/** An instant's calendar fields in a zone. */
export interface LocalDay {
  year: number;
  /** 0 = January, as in Date. */
  month: number;
  /** Day of the month. */
  date: number;
  /** 0 = Sunday, as in Date. */
  weekday: number;
  /** The instant is the first of its local day. */
  atMidnight: boolean;
}

/** First instant of a local calendar day; month and day may overflow as with Date. */
export function localMidnight(year: number, monthIndex: number, day: number, timeZone: string): number {
  return midnights(`${timeZone}|${year}|${monthIndex}|${day}`, () => new TZDate(year, monthIndex, day, timeZone).getTime());
}

export function localDay(ms: number, timeZone: string): LocalDay {
  return localDays(`${timeZone}|${ms}`, () => {
    const local = new TZDate(ms, timeZone);
    return Object.freeze({
      year: local.getFullYear(),
      month: local.getMonth(),
      date: local.getDate(),
      weekday: local.getDay(),
      atMidnight: local.getHours() === 0 && local.getMinutes() === 0 && local.getSeconds() === 0 && local.getMilliseconds() === 0,
    });
  });
}

export function isLocalMidnight(ms: number, timeZone: string): boolean {
  return localDay(ms, timeZone).atMidnight;
}

/**
 * Reads a period bound as the calendar date it stands for. HubSpot periods are calendar periods
 * (January, Q1), yet portals commonly store them at UTC midnight; in New York
 * 2026-02-01T00:00Z is 31 January 19:00, which would put five hours of February's target into
 * January and print a February period as starting on 31 January. A bound at UTC midnight that is
 * not local midnight is therefore moved to local midnight of the same date. Bounds HubSpot already
 * placed at local midnight, or at any other time of day, are kept as they are.
 */
export function calendarInstant(ms: number, timeZone: string): number {
  if (((ms % DAY_MS) + DAY_MS) % DAY_MS !== 0) return ms;
  if (isLocalMidnight(ms, timeZone)) return ms;
  const utc = new Date(ms);
  return localMidnight(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), timeZone);
}

/** A period's bounds in calendar reading; falls back to the raw instants if reading them would invert the period. */
export function calendarPeriod(start: string, end: string, timeZone: string): Readonly<{ start: number; end: number }> {
  return periods(`${timeZone}|${start}|${end}`, () => {
    const rawStart = Date.parse(start);
    const rawEnd = Date.parse(end);
    const from = calendarInstant(rawStart, timeZone);
    const to = calendarInstant(rawEnd, timeZone);
    return Object.freeze(to > from ? { start: from, end: to } : { start: rawStart, end: rawEnd });
  });
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local day named by "YYYY-MM-DD" as [start, end) instants; null for anything else. */
export function localDayRange(date: string, timeZone: string): { start: number; end: number } | null {
  const match = DATE_PATTERN.exec(date.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  return { start: localMidnight(year, month, day, timeZone), end: localMidnight(year, month, day + 1, timeZone) };
}

/** "YYYY-MM-DD" of the local day containing the instant. */
export function localDateKey(ms: number, timeZone: string): string {
  const local = localDay(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(local.year).padStart(4, "0")}-${pad(local.month + 1)}-${pad(local.date)}`;
}
