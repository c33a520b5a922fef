import { LOCALE } from "./locale";
import type { AxisTick } from "./timeline-scale";

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE, { timeZone, ...options })));
  return format;
}

/** An axis tick's label: the first tick and each new year carry the year ("Jan 2026"), the rest only the month ("Feb"). */
export function tickLabel(tick: AxisTick, first: boolean, timeZone: string): string {
  if (tick.size === "week") return dateFormat(timeZone, { month: "short", day: "numeric" }).format(tick.at);
  const newYear = tick.key.endsWith("-01-01");
  if (tick.size === "month" && !first && !newYear) return dateFormat(timeZone, { month: "short" }).format(tick.at);
  return dateFormat(timeZone, { month: "short", year: "numeric" }).format(tick.at);
}
