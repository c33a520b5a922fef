import { describe, expect, it } from "vitest";
import type { WireRecord } from "@/lib/hubspot";
import { toTargets } from "@/lib/server/to-targets";

const record = (id: string, properties: Record<string, string | null>): WireRecord => ({
  id,
  properties: { hs_target_amount: "100", hs_goal_name: "Revenue", ...properties },
  createdAt: "2025-12-01T00:00:00Z",
  updatedAt: "2025-12-01T00:00:00Z",
  archived: false,
});

const records = [
  record("1", { hs_start_datetime: "2026-01-01T00:00:00Z", hs_end_datetime: "2026-01-31T23:59:59.999Z" }),
  record("2", { hs_start_datetime: null, hs_end_datetime: null }),
];

describe("toTargets", () => {
  it("converts placeable records and counts the rest", () => {
    const { targets, skipped } = toTargets(records, 1);
    expect(targets.map((t) => t.id)).toEqual(["1"]);
    expect(skipped).toBe(1);
  });

  it("converts a cached answer once", () => {
    const first = toTargets(records, 1);
    expect(toTargets(records, 1)).toBe(first);
  });
});

describe("toTargets on a refreshed answer", () => {
  const fresh = () => records.map((r) => ({ ...r, properties: { ...r.properties } }));

  it("returns the previous targets when HubSpot sent every record unchanged", () => {
    const first = toTargets(fresh(), 2);
    const again = toTargets(fresh(), 2);
    expect(again.targets).toBe(first.targets);
    expect(again.skipped).toBe(1);
  });

  it("keeps the targets of unchanged records and converts the changed ones anew", () => {
    const first = toTargets([...fresh(), record("3", { hs_start_datetime: "2026-02-01T00:00:00Z", hs_end_datetime: "2026-02-28T23:59:59.999Z" })], 3);
    const changed = fresh();
    changed[0] = { ...changed[0], properties: { ...changed[0].properties, hs_kpi_value: "40" }, updatedAt: "2026-01-10T00:00:00Z" };
    const again = toTargets([...changed, record("3", { hs_start_datetime: "2026-02-01T00:00:00Z", hs_end_datetime: "2026-02-28T23:59:59.999Z" })], 3);
    expect(again.targets).not.toBe(first.targets);
    expect(again.targets[0]).not.toBe(first.targets[0]);
    expect(again.targets[0].actual).toBe("40");
    expect(again.targets[1]).toBe(first.targets[1]);
  });

  it("sees a changed value even when HubSpot left the modification date alone", () => {
    const first = toTargets(fresh(), 4);
    const changed = fresh();
    changed[0].properties.hs_target_amount = "250";
    const again = toTargets(changed, 4);
    expect(again.targets[0]).not.toBe(first.targets[0]);
    expect(again.targets[0].amount).toBe("250");
  });
});
