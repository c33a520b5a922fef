import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { MONTH_STARTS_2026, makeTarget, monthlySchedule } from "./fixtures";

describe("groupGoals", () => {
  it("groups by family, then schedule, with targets in time order", () => {
    const alice = monthlySchedule({ goalId: "g1", scheduleId: "20", assignee: { kind: "owner", id: "1" } });
    const bob = monthlySchedule({ goalId: "g1", scheduleId: "3", assignee: { kind: "owner", id: "2" } });
    const shuffled = [...alice, ...bob].reverse();
    const [goal, ...rest] = groupGoals(shuffled);
    expect(rest).toEqual([]);
    expect(goal.id).toBe("g1");
    expect(goal.schedules.map((s) => s.id)).toEqual(["3", "20"]);
    expect(goal.schedules[0].assignee).toEqual({ kind: "owner", id: "2" });
    expect(goal.schedules[1].targets.map((t) => t.start)).toEqual(MONTH_STARTS_2026.slice(0, 12));
    expect(goal.targetCount).toBe(24);
    expect(goal.totalAmount).toBe("24000");
    expect(goal.start).toBe("2026-01-01T00:00:00.000Z");
    expect(goal.end).toBe("2027-01-01T00:00:00.000Z");
  });

  it("sums amounts exactly", () => {
    const targets = Array.from({ length: 10 }, (_, i) =>
      makeTarget({ goalId: "g", scheduleId: String(i), amount: "0.1" }),
    );
    expect(groupGoals(targets)[0].totalAmount).toBe("1");
  });

  it("averages target amounts for AVG goals instead of adding them", () => {
    const targets = [
      makeTarget({ goalId: "g", metricType: "AVG", amount: "2", start: MONTH_STARTS_2026[0], end: MONTH_STARTS_2026[1] }),
      makeTarget({ goalId: "g", metricType: "AVG", amount: "4", start: MONTH_STARTS_2026[1], end: MONTH_STARTS_2026[2] }),
    ];
    expect(groupGoals(targets)[0].totalAmount).toBe("3");
  });

  it("lets a target without a family stand alone", () => {
    const lone = makeTarget({ id: "77" });
    const goals = groupGoals([{ ...lone, goalId: "77", scheduleId: "77" }, makeTarget({ goalId: "g1" })]);
    expect(goals.map((g) => g.id).sort()).toEqual(["77", "g1"]);
    expect(goals.find((g) => g.id === "77")?.schedules[0].targets.map((t) => t.id)).toEqual(["77"]);
  });

  it("takes the goal's definition from the most recently updated slice", () => {
    const goals = groupGoals([
      makeTarget({ goalId: "g", name: "Old name", updatedAt: "2026-01-01T00:00:00.000Z", currency: null }),
      makeTarget({ goalId: "g", name: "New name", updatedAt: "2026-02-01T00:00:00.000Z", currency: "EUR" }),
    ]);
    expect(goals[0].name).toBe("New name");
    expect(goals[0].currency).toBe("EUR");
    expect(goals[0].updatedAt).toBe("2026-02-01T00:00:00.000Z");
  });

  it("collects creator, creation time, pipelines and archived state", () => {
    const goals = groupGoals([
      makeTarget({ goalId: "g", createdAt: "2026-01-02T00:00:00.000Z", createdByUserId: "late", pipelineIds: ["10", "9"], archived: true }),
      makeTarget({ goalId: "g", createdAt: "2026-01-01T00:00:00.000Z", createdByUserId: "first", pipelineIds: ["9"], archived: false }),
    ]);
    expect(goals[0].createdByUserId).toBe("first");
    expect(goals[0].createdAt).toBe("2026-01-01T00:00:00.000Z");
    expect(goals[0].pipelineIds).toEqual(["9", "10"]);
    expect(goals[0].archived).toBe(false);
    expect(groupGoals([makeTarget({ archived: true })])[0].archived).toBe(true);
  });

  it("orders goals by name, then id, whatever the input order", () => {
    const input = [
      makeTarget({ goalId: "b2", name: "beta" }),
      makeTarget({ goalId: "a1", name: "Alpha" }),
      makeTarget({ goalId: "b1", name: "Beta" }),
    ];
    const ids = (list: typeof input) => groupGoals(list).map((g) => g.id);
    expect(ids(input)).toEqual(["a1", "b1", "b2"]);
    expect(ids([...input].reverse())).toEqual(["a1", "b1", "b2"]);
    // Numbers inside names by value, as a person reads them.
    expect(ids([makeTarget({ goalId: "q10", name: "Week 10 calls" }), makeTarget({ goalId: "q9", name: "Week 9 calls" })])).toEqual(["q9", "q10"]);
  });

  it("orders equal periods by id so renders are stable", () => {
    const [goal] = groupGoals([makeTarget({ id: "10", goalId: "g" }), makeTarget({ id: "9", goalId: "g" })]);
    expect(goal.schedules[0].targets.map((t) => t.id)).toEqual(["9", "10"]);
  });

  it("groups 10,000+ targets", () => {
    const targets = [];
    for (let g = 0; g < 500; g++) {
      for (let s = 0; s < 2; s++) {
        for (let m = 0; m < 12; m++) {
          targets.push(
            makeTarget({
              goalId: `goal-${g}`,
              scheduleId: `${g}-${s}`,
              start: MONTH_STARTS_2026[m],
              end: MONTH_STARTS_2026[m + 1],
              amount: "100.25",
            }),
          );
        }
      }
    }
    const goals = groupGoals(targets.reverse());
    expect(goals).toHaveLength(500);
    expect(goals[0].totalAmount).toBe("2406");
  });
});
