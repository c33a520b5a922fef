import type { GoalKind } from "./kinds";
import type { Period } from "./periods";
import type { Random } from "./random";

/** How an assignee is doing, so the dashboard has ahead, on-pace, behind and no-data rows to show. */
export type Performance = "ahead" | "onPace" | "behind" | "none";

const SUM_RATIO: Record<Exclude<Performance, "none">, [number, number]> = {
  ahead: [1.12, 1.35],
  onPace: [0.95, 1.04],
  behind: [0.5, 0.78],
};

// For lower-is-better goals the measured value itself is compared with the target.
const AVG_RATIO: Record<Exclude<Performance, "none">, [number, number]> = {
  ahead: [0.55, 0.8],
  onPace: [0.93, 1.0],
  behind: [1.2, 1.6],
};

export function elapsedShare(period: Period, now: Date): number {
  const share = (now.getTime() - period.start.getTime()) / (period.end.getTime() - period.start.getTime());
  return Math.min(1, Math.max(0, share));
}

/** HubSpot only has progress for periods that have begun; a future slice has none. */
export function kpiValue(
  kind: GoalKind,
  performance: Performance,
  target: number,
  period: Period,
  now: Date,
  random: Random,
): string | null {
  if (performance === "none" || period.start > now) return null;
  if (kind.metricType === "AVG") {
    const [low, high] = AVG_RATIO[performance];
    return (target * random.between(low, high)).toFixed(kind.kpiDecimals);
  }
  const [low, high] = SUM_RATIO[performance];
  return (target * random.between(low, high) * elapsedShare(period, now)).toFixed(kind.kpiDecimals);
}

export interface SliceStatus {
  status: string;
  displayOrder: string;
  outcome: string;
}

/** Status values beyond `pending`/`in_progress` are not documented by HubSpot; these are our choice. */
export function sliceStatus(kind: GoalKind, period: Period, now: Date, target: number, value: string | null): SliceStatus {
  if (period.start > now) return { status: "pending", displayOrder: "5", outcome: "pending" };
  if (period.end > now) return { status: "in_progress", displayOrder: "1", outcome: "in_progress" };
  const measured = value === null ? null : Number(value);
  const met =
    measured !== null && (kind.trackingMethod === "LOWER_IS_BETTER" ? measured <= target : measured >= target);
  return { status: "completed", displayOrder: "6", outcome: met ? "achieved" : "missed" };
}
