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

  it("converts a cached answer once, and a new answer again", () => {
    const first = toTargets(records, 1);
    expect(toTargets(records, 1)).toBe(first);
    const refreshed = [...records];
    expect(toTargets(refreshed, 1)).not.toBe(first);
    expect(toTargets(refreshed, 1)).toEqual(first);
  });
});
