import { calendarInstant } from "@/lib/goals/calendar";
import type { Target } from "@/lib/goals/model";
import { formatCompact } from "@/lib/goals/format";
import { LOCALE } from "@/lib/goals/locale";

/**
 * Short labels for chart axes, where "$1.2M" reads better than "$1,234,567.00". Tables and the
 * legend keep the exact figures.
 */
export function axisAmount(unit: Target["unit"], currency: string | null): (value: number) => string {
  if (unit === "duration") {
    // The chart plots durations in hours already (see chartDivisor).
    const hours = new Intl.NumberFormat(LOCALE, { style: "unit", unit: "hour", unitDisplay: "narrow", maximumFractionDigits: 1 });
    return (value) => hours.format(value);
  }
  const money = unit === "currency" ? currency : null;
  return (value) => formatCompact(value, money, LOCALE);
}

/** Week-long periods are told apart by day, longer ones by month and full year ("Jan 26" read as a date). */
export function axisDate(cadence: string | null, timeZone: string): (ms: number) => string {
  const short = cadence === "weekly" || cadence === "daily";
  const format = new Intl.DateTimeFormat(LOCALE, short ? { timeZone, month: "short", day: "numeric" } : { timeZone, month: "short", year: "numeric" });
  return (ms) => format.format(calendarInstant(ms, timeZone));
}
