import type { Target } from "@/lib/goals/model";
import type { TargetRecord } from "@/lib/goals/parse-target";

let sequence = 0;

/** A parsed target with sensible defaults: a January 2026 SUM revenue target of 1000 for owner 1. */
export function makeTarget(overrides: Partial<Target> = {}): Target {
  sequence += 1;
  const id = overrides.id ?? String(1000 + sequence);
  return {
    goalId: "goal-a",
    scheduleId: "s1",
    name: "Q1 Revenue",
    goalType: "sales_quota",
    cadence: "monthly",
    start: "2026-01-01T00:00:00.000Z",
    end: "2026-02-01T00:00:00.000Z",
    endRaw: "2026-01-31T23:59:59.999Z",
    amount: "1000",
    actual: null,
    direction: "HIGHER_IS_BETTER",
    metricType: "SUM",
    unit: "currency",
    assignee: { kind: "owner", id: "1" },
    pipelineIds: [],
    pipelineObject: null,
    createdByUserId: null,
    fiscalYearOffset: 0,
    currency: "USD",
    createdAt: "2025-12-01T00:00:00.000Z",
    updatedAt: "2025-12-01T00:00:00.000Z",
    archived: false,
    ...overrides,
    id,
  };
}

/** First instant of each month of 2026 (index 0 = January, 12 = January 2027). */
export const MONTH_STARTS_2026 = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2026, i, 1)).toISOString());

/** Twelve monthly targets for one schedule. */
export function monthlySchedule(overrides: Partial<Target> = {}, amounts: string[] = Array(12).fill("1000")): Target[] {
  return amounts.map((amount, i) =>
    makeTarget({ start: MONTH_STARTS_2026[i], end: MONTH_STARTS_2026[i + 1], amount, ...overrides, id: undefined }),
  );
}

export function makeRecord(properties: Record<string, string | null>, id = "501"): TargetRecord {
  return {
    id,
    properties: {
      hs_start_datetime: "2026-01-01T00:00:00Z",
      hs_end_datetime: "2026-01-31T23:59:59.999Z",
      ...properties,
    },
    createdAt: "2025-12-01T10:00:00.000Z",
    updatedAt: "2025-12-02T10:00:00.000Z",
    archived: false,
  };
}
