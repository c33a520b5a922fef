import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { goalRow, targetRow } from "@/lib/goals/rows";
import { directoryIndex } from "./directory";
import { MONTH_STARTS_2026, monthlySchedule } from "./fixtures";

describe("goalRow", () => {
  const [goal] = groupGoals([
    ...monthlySchedule({ goalId: "g", scheduleId: "a", assignee: { kind: "user", id: "777" } }, ["100", "200", "300"]),
    ...monthlySchedule({ goalId: "g", scheduleId: "b", assignee: { kind: "owner", id: "100" } }, ["10", "20", "30"]).map((t, i) =>
      i === 0 ? { ...t, actual: "10" } : t,
    ),
    // Ada again, assigned by user id: one person, listed once.
    ...monthlySchedule({ goalId: "g", scheduleId: "c", assignee: { kind: "user", id: "26748728" } }, ["1", "2", "3"]),
  ]);

  it("collects distinct assignees by name and the current period's target", () => {
    const row = goalRow(goal, { now: "2026-02-10T00:00:00Z", directory: directoryIndex });
    expect(row.assignees.map((a) => a.key)).toEqual(["owner:100", "user:777"]);
    expect(row.assigneeLabel).toBe("Ada Lovelace, Lin Chen");
    expect(row.currentTarget).toBe("222");
    expect(row.totalTarget).toBe("666");
    expect(row.status).toBe("active");
    // Only Ada's schedule reports progress: 10 of her 60, not of the goal's 666.
    expect(row.progress).toBeCloseTo(10 / 60, 12);
    expect(row.pace.status).toBe("on_pace");
    expect(row.pace.unreported).toEqual({ schedules: 2, periods: 1 });
  });

  it("has no current target outside the periods", () => {
    expect(goalRow(goal, { now: MONTH_STARTS_2026[3], directory: directoryIndex })).toMatchObject({ currentTarget: null, status: "ended" });
  });
});

describe("targetRow", () => {
  it("resolves the assignee and judges the single period", () => {
    const [target] = monthlySchedule({ assignee: { kind: "owner", id: "100" }, actual: "600" });
    const row = targetRow(target, { now: "2026-01-16T12:00:00Z", directory: directoryIndex });
    expect(row.assignee.name).toBe("Ada Lovelace");
    expect(row.status).toBe("active");
    expect(row.progress).toBe(0.6);
    expect(row.pace.status).toBe("ahead");
  });
});
