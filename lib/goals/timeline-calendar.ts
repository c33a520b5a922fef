import { calendarPeriod } from "./calendar";

const MAX_ENTRIES = 50_000;
const cache = new Map<string, { start: number; end: number }>();

/**
 * calendarPeriod, remembered. Reading an instant in a zone is the slow part of the timeline's maths,
 * and a portal's 10,000 targets reuse a few dozen period bounds (month starts), on every re-render.
 */
export function readPeriod(period: { start: string; end: string }, timeZone: string): { start: number; end: number } {
  const key = `${timeZone}|${period.start}|${period.end}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, (found = calendarPeriod(period.start, period.end, timeZone)));
  }
  return found;
}
