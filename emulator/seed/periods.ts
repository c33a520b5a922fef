/** Calendar periods in UTC: HubSpot stores goal slice bounds as UTC instants. */

export interface Period {
  start: Date;
  /** Exclusive end: the first instant of the next period. */
  end: Date;
}

export type EndStyle = "inclusive" | "exclusive";

const DAY_MS = 86_400_000;

export function months(year: number, month0: number, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.UTC(year, month0 + i, 1)),
    end: new Date(Date.UTC(year, month0 + i + 1, 1)),
  }));
}

export function quarters(year: number, quarter0: number, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.UTC(year, (quarter0 + i) * 3, 1)),
    end: new Date(Date.UTC(year, (quarter0 + i + 1) * 3, 1)),
  }));
}

export function weeks(firstMonday: Date, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => ({
    start: new Date(firstMonday.getTime() + i * 7 * DAY_MS),
    end: new Date(firstMonday.getTime() + (i + 1) * 7 * DAY_MS),
  }));
}

export function startOfIsoWeek(instant: Date): Date {
  const midnight = Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/**
 * HubSpot's docs write month ends as the last millisecond (`T23:59:59.999Z`) while older goals use the
 * next period's first instant; the demo data carries both so clients must normalise.
 */
export function endValue(period: Period, style: EndStyle): string {
  return style === "inclusive" ? new Date(period.end.getTime() - 1).toISOString() : period.end.toISOString();
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
