import { describe, expect, it } from "vitest";
import { chartModel } from "@/lib/goals/chart";
import { groupGoals } from "@/lib/goals/group";
import { currentTarget, targetStatus } from "@/lib/goals/periods";
import { toTarget } from "@/lib/goals/parse-target";
import { standingOf } from "@/lib/goals/standing";
import { makeRecord } from "./fixtures";

/**
 * HubSpot portals store a period's end two ways: the last millisecond of the period
 * (`2026-01-31T23:59:59.999Z`) or the next period's first instant (`2026-02-01T00:00:00.000Z`).
 * Both must give the same periods, pace, series and chart.
 */
const MONTHS = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"];
const AMOUNTS = ["1000", "2000", "3000"];
const ACTUALS = ["1100", "900", null];

function goalWith(endStyle: "inclusive" | "exclusive") {
  const records = AMOUNTS.map((amount, i) => {
    const nextStart = `${MONTHS[i + 1]}T00:00:00.000Z`;
    const end = endStyle === "exclusive" ? nextStart : new Date(Date.parse(nextStart) - 1).toISOString();
    return makeRecord(
      {
        hs_goal_name: "Revenue",
        hs_group_correlation_uuid: "0b6c1a4e-1111-4222-8333-944455556666",
        hs_goal_target_group_id: "77",
        hs_start_datetime: `${MONTHS[i]}T00:00:00.000Z`,
        hs_end_datetime: end,
        hs_target_amount: amount,
        hs_kpi_value: ACTUALS[i],
        hubspot_owner_id: "100",
      },
      String(600 + i),
    );
  });
  const targets = records.map(toTarget);
  return { targets, goal: groupGoals(targets)[0] };
}

const inclusive = goalWith("inclusive");
const exclusive = goalWith("exclusive");
const midFebruary = "2026-02-15T00:00:00.000Z";

describe("period ends as ...T23:59:59.999Z or as the next period's start", () => {
  it("parse to the same exclusive ends and keep HubSpot's raw value", () => {
    expect(inclusive.targets.map((t) => t.end)).toEqual(["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z"]);
    expect(exclusive.targets.map((t) => t.end)).toEqual(inclusive.targets.map((t) => t.end));
    expect(inclusive.targets[0].endRaw).toBe("2026-01-31T23:59:59.999Z");
    expect(exclusive.targets[0].endRaw).toBe("2026-02-01T00:00:00.000Z");
    expect(inclusive.goal.end).toBe(exclusive.goal.end);
  });

  it("leave no gap and no overlap at the boundary", () => {
    for (const { targets } of [inclusive, exclusive]) {
      expect(targetStatus(targets[0], "2026-01-31T23:59:59.999Z")).toBe("active");
      expect(targetStatus(targets[0], "2026-02-01T00:00:00.000Z")).toBe("ended");
      expect(currentTarget(targets, "2026-01-31T23:59:59.999Z")?.id).toBe("600");
      expect(currentTarget(targets, "2026-02-01T00:00:00.000Z")?.id).toBe("601");
    }
  });

  it("give the same standing and chart", () => {
    const context = { now: midFebruary, timeZone: "UTC" };
    const standing = (targets: typeof inclusive.targets) => standingOf(targets, context);
    expect(standing(exclusive.targets)).toEqual({ ...standing(inclusive.targets), covered: expect.any(Array) });
    expect(chartModel(standing(exclusive.targets), context)).toEqual(chartModel(standing(inclusive.targets), context));
  });

  it("pro-rate a 28-day February by whole days, not by a millisecond short", () => {
    // January in full (1000) plus 14 of February's 28 days (1000 of 2000).
    const context = { now: midFebruary, timeZone: "UTC" };
    expect(standingOf([inclusive.targets[1]], context).expectedByToday).toBe("1000");
    expect(standingOf(inclusive.targets, context)).toMatchObject({ expectedByToday: "2000", actual: "2000", status: "on_pace" });
  });
});
