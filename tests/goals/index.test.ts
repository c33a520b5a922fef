import { describe, expect, it } from "vitest";
import * as goals from "@/lib/goals";

describe("lib/goals public API", () => {
  it("exports every module's entry points", () => {
    for (const name of [
      "toTarget", "TargetParseError", "TARGET_PROPERTIES", "sum", "ratio", "compare", "toNumber", "scale",
      "targetStatus", "goalStatus", "elapsedFraction", "containsInstant", "currentTarget", "groupGoals",
      "resolveAssignee", "indexDirectory", "standingOf", "targetOf", "chartModel", "FIGURES", "judge",
      "bucketBoundaries", "bucketTargets", "filterGoals", "filterTargets", "sortGoals", "sortTargets", "toCsv",
      "formatMoney", "formatNumber", "formatAmount", "formatDate", "formatPeriod", "formatPercent",
    ]) {
      expect(goals, name).toHaveProperty(name);
    }
  });

  it("runs end to end from HubSpot records to a formatted goal", () => {
    const record = (id: string, month: number, amount: string, actual: string | null) => ({
      id,
      properties: {
        hs_goal_name: "Revenue",
        hs_goal_type: "sales_quota",
        hs_group_correlation_uuid: "u1",
        hs_goal_target_group_id: "g1",
        hubspot_owner_id: "5",
        hs_start_datetime: new Date(Date.UTC(2026, month, 1)).toISOString(),
        hs_end_datetime: new Date(Date.UTC(2026, month + 1, 1) - 1).toISOString(),
        hs_target_amount: amount,
        hs_kpi_value: actual,
      },
      createdAt: "2025-12-01T00:00:00Z",
      updatedAt: "2025-12-01T00:00:00Z",
    });
    const targets = [record("1", 0, "1000.10", "1000.10"), record("2", 1, "2000.20", null)].map(goals.toTarget);
    const [goal] = goals.groupGoals(targets);
    expect(goals.formatMoney(goal.totalAmount, "USD", "en-US")).toBe("$3,000.30");
    expect(goals.standingOf(targets, { now: "2026-02-01T00:00:00Z", timeZone: "UTC" }).status).toBe("on_pace");
  });
});
