import { buildPlan, type PlanTarget } from "@/lib/goals/plan";

const NAMES: Record<string, string> = { "owner:1": "Ava Thompson", "owner:2": "Liam Carter", "user:3": "Emma Nguyen" };
export const nameOf = (key: string) => NAMES[key] ?? key;

/** Monthly periods of 2026 in UTC, exclusive ends. */
export function month(index: number): { start: string; end: string } {
  return { start: new Date(Date.UTC(2026, index, 1)).toISOString(), end: new Date(Date.UTC(2026, index + 1, 1)).toISOString() };
}

let nextId = 1000;

/** One schedule of monthly targets with the given amounts (null = no target that month). */
export function schedule(assigneeKey: string, groupId: string, amounts: (string | null)[], uuid = "11111111-2222-4333-8444-555555555555"): PlanTarget[] {
  return amounts.flatMap((amount, index) =>
    amount === null
      ? []
      : [{ id: String(nextId++), uuid, groupId, scheduleId: groupId, assigneeKey, milestone: "monthly", ...month(index), amount, version: "2026-01-05T10:00:00.000Z" }],
  );
}

export function planOf(...schedules: PlanTarget[][]) {
  const targets = schedules.flat();
  return { plan: buildPlan(targets, nameOf), targets };
}
