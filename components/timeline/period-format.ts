import type { Target } from "@/lib/goals/model";
import type { Bucket, BucketSize } from "@/lib/goals/buckets";
import { LOCALE } from "@/lib/goals/locale";
import { formatAmount, formatCompact } from "@/lib/goals/format";

/** "$1.2M", "480": period cells are narrow, the exact value goes in the cell's title. */
export function compactAmount(value: string | number | null, unit: Target["unit"], currency: string): string {
  if (value === null) return "—";
  if (unit === "duration") return formatAmount(String(value), unit, currency, { locale: LOCALE });
  return formatCompact(value, unit === "currency" ? currency : null, LOCALE);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE, { timeZone, ...options })));
  return format;
}

/** A bucket as a column heading: "Mar 2", "Mar 2026", "Q from Apr 2026". */
export function bucketLabel(bucket: Bucket, size: BucketSize): string {
  const at = Date.parse(bucket.start);
  if (size === "week") return dateFormat(bucket.timeZone, { month: "short", day: "numeric" }).format(at);
  if (size === "month") return dateFormat(bucket.timeZone, { month: "short", year: "numeric" }).format(at);
  const last = Date.parse(bucket.end) - 1;
  return dateFormat(bucket.timeZone, { month: "short", year: "numeric" }).formatRange(at, last);
}
