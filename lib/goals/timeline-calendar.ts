import { boundedMemo } from "./bounded-memo";
import { calendarPeriod } from "./calendar";

const periods = boundedMemo<{ start: number; end: number }>(50_000);

/**
 * calendarPeriod, remembered. Reading an instant in a zone is the slow part of the timeline's maths,
 * and a portal's 10,000 targets reuse a few dozen period bounds (month starts), on every re-render.
 */
export function readPeriod(period: { start: string; end: string }, timeZone: string): { start: number; end: number } {
  return periods(`${timeZone}|${period.start}|${period.end}`, () => calendarPeriod(period.start, period.end, timeZone));
}
