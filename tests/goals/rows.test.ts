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
    const row = goalRow(goal, { now: "2026-02-10T00:00:00Z", timeZone: "UTC", directory: directoryIndex });
    expect(row.assignees.map((a) => a.key)).toEqual(["owner:100", "user:777"]);
    expect(row.assigneeLabel).toBe("Ada Lovelace, Lin Chen");
    expect(row.currentTarget).toBe("222");
    expect(row.standing.target).toBe("666");
    expect(row.status).toBe("active");
    // Only Ada's owner schedule reports progress: her January's 10 of 10; February has no value yet, so
    // progress is 10 of January and March (40), and Lin and Ada's user schedule are left out.
    expect(row.standing.progressTowardTotal).toBeCloseTo(10 / 40, 12);
    expect(row.standing.attainmentToDate).toBe(1);
    expect(row.standing.status).toBe("on_pace");
    expect(row.standing.leftOut).toMatchObject({ periods: 1 });
    expect(row.standing.leftOut.assignees.map((a) => a.scheduleId)).toEqual(["a", "c"]);
  });

  it("has no current target outside the periods", () => {
    expect(goalRow(goal, { now: MONTH_STARTS_2026[3], timeZone: "UTC", directory: directoryIndex })).toMatchObject({ currentTarget: null, status: "ended" });
  });
});

describe("targetRow", () => {
  it("resolves the assignee and judges the single period", () => {
    const [target] = monthlySchedule({ assignee: { kind: "owner", id: "100" }, actual: "600" });
    const row = targetRow(target, { now: "2026-01-16T12:00:00Z", timeZone: "UTC", directory: directoryIndex });
    expect(row.assignee.name).toBe("Ada Lovelace");
    expect(row.status).toBe("active");
    expect(row.standing.attainmentToDate).toBe(0.6);
    expect(row.standing.status).toBe("ahead");
  });
});
