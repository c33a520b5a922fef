/**
 * Strict reading of HubSpot datetime properties. Date.parse accepts engine-specific formats, and the
 * same code runs in Node and every browser, so only ISO 8601 (and epoch milliseconds) are accepted.
 */

export interface ParsedInstant {
  ms: number;
  /** "2026-01-31" with no time part: it names a whole calendar day. */
  dateOnly: boolean;
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Epoch milliseconds; fewer than 10 digits is more likely a typo than a date before 1970-04-26.
const EPOCH_PATTERN = /^\d{10,16}$/;
const DAY_MS = 86_400_000;

export function parseInstant(raw: string | null | undefined): ParsedInstant | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (text === "") return null;
  if (EPOCH_PATTERN.test(text)) {
    const ms = Number(text);
    return Number.isSafeInteger(ms) && Math.abs(ms) <= 8.64e15 ? { ms, dateOnly: false } : null;
  }
  const match = ISO_PATTERN.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  // Sub-millisecond digits are truncated: "23:59:59.9999999" must stay the last millisecond of the day.
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const midnightEnd = hour === 24 && minute === 0 && second === 0 && millis === 0;
  if ((hour > 23 && !midnightEnd) || minute > 59 || second > 59) return null;
  const offset = zone === undefined ? 0 : offsetMinutes(zone);
  if (offset === null) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  return { ms, dateOnly: h === undefined && zone === undefined };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * HubSpot sends period ends either as the last moment of the period (`…T23:59:59.999Z`, or
 * `…T23:59:59Z` at second precision, or a bare last date) or as the next period's first moment.
 * The model keeps ends exclusive, so the inclusive forms are moved to the following instant.
 */
export function exclusiveEnd(end: ParsedInstant): number {
  if (end.dateOnly) return end.ms + DAY_MS;
  const withinSecond = ((end.ms % 1000) + 1000) % 1000;
  if (withinSecond === 999) return end.ms + 1;
  const withinMinute = ((end.ms % 60_000) + 60_000) % 60_000;
  if (withinMinute === 59_000) return end.ms + 1000;
  return end.ms;
}
