/** Display helpers of the plan grid. Amounts and sums are shown digit for digit from their decimal strings; only a mean is rounded, for display. */

/** "1234567.5" → "1,234,567.5"; "-50" → "−50". */
export function groupDigits(decimal: string): string {
  const negative = decimal.startsWith("-");
  const [whole, fraction] = decimal.replace(/^[-+]/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** A total as shown: exact for sums; a mean to two decimal places (display only, like every chart). */
export function shownAggregate(value: string, how: "sum" | "mean"): string {
  if (how === "sum") return groupDigits(value);
  return groupDigits(String(Number(Number(value).toFixed(2))));
}

/** A change, always signed: "+5,000", "−250", "±0". */
export function signed(delta: string): string {
  if (/^-?0$/.test(delta)) return "±0";
  return delta.startsWith("-") ? groupDigits(delta) : `+${groupDigits(delta)}`;
}

const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
const month = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** A column heading: "Jan 2026", "Jan–Mar 2026", "Mar 2" (week of), "2026". Slices are dated in UTC. */
export function periodLabel(start: string, end: string, cadence: string | null): string {
  const from = new Date(start);
  const last = new Date(Date.parse(end) - 1);
  switch (cadence) {
    case "monthly":
      return monthYear.format(from);
    case "quarterly":
      return `${month.format(from)}–${monthYear.format(last)}`;
    case "yearly":
      return String(from.getUTCFullYear());
    case "weekly":
      return `Wk ${dayMonth.format(from)}`;
    default:
      return start.slice(0, 10);
  }
}
