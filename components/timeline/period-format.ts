import type { Target } from "@/lib/goals/model";
import type { Bucket, BucketSize } from "@/lib/goals/buckets";
import { LOCALE } from "@/components/format/use-formatters";
import { formatAmount } from "@/lib/goals/format";

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "$1.2M", "480": period cells are narrow, the exact value goes in the cell's title. */
export function compactAmount(value: string | number | null, unit: Target["unit"], currency: string): string {
  if (value === null) return "—";
  if (unit === "duration") return formatAmount(String(value), unit, currency, { locale: LOCALE });
  const key = `${unit}|${currency}`;
  let format = compactFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1, ...(unit === "currency" ? { style: "currency", currency } : {}) });
    compactFormats.set(key, format);
  }
  return format.format(typeof value === "number" ? value : (value as Intl.StringNumericLiteral));
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
