import { describe, expect, it } from "vitest";
import { assigneesOf, dayRange, goalOf, overlaps, selectGoalView } from "@/components/goal-detail/selection";
import { groupGoals } from "@/lib/goals/group";
import { directoryIndex } from "./directory";
import { MONTH_STARTS_2026, makeTarget, monthlySchedule } from "./fixtures";

const NY = "America/New_York";

// Ada is owner 100 and user 26748728: assigned once each way, she is still one person.
const ada = monthlySchedule({ goalId: "g", scheduleId: "s-ada-owner", assignee: { kind: "owner", id: "100" } }, ["1", "2", "3"]);
const adaAgain = monthlySchedule({ goalId: "g", scheduleId: "s-ada-user", assignee: { kind: "user", id: "26748728" } }, ["4", "5", "6"]);
const lin = monthlySchedule({ goalId: "g", scheduleId: "s-lin", assignee: { kind: "user", id: "777" } }, ["7", "8", "9"]);
const [goal] = groupGoals([...lin, ...ada, ...adaAgain]);
const assignees = assigneesOf(goal, directoryIndex);
const open = dayRange(null, null, NY);

describe("assigneesOf", () => {
  it("gives one entry per person, by name, holding all their schedules", () => {
    expect(assignees.map((a) => [a.assignee.key, a.assignee.name, a.schedules.length])).toEqual([
      ["owner:100", "Ada Lovelace", 2],
      ["user:777", "Lin Chen", 1],
    ]);
  });
});

describe("dayRange", () => {
  it("reads YYYY-MM-DD bounds as whole days in the portal zone", () => {
    expect(dayRange("2026-02-01", "2026-02-28", NY)).toEqual({
      start: Date.parse("2026-02-01T05:00:00.000Z"),
      end: Date.parse("2026-03-01T05:00:00.000Z"),
      problem: null,
    });
  });

  it("ignores malformed bounds and flags a reversed range", () => {
    expect(dayRange("2026-02-30", "soon", NY)).toEqual({ start: null, end: null, problem: null });
    expect(dayRange("2026-03-01", "2026-02-01", NY)).toEqual({ start: null, end: null, problem: "from_after_to" });
  });
});

describe("overlaps", () => {
  it("keeps a UTC-midnight month in a west-of-UTC portal when the range starts on its first day", () => {
    const march = makeTarget({ start: MONTH_STARTS_2026[2], end: MONTH_STARTS_2026[3] });
    const february = makeTarget({ start: MONTH_STARTS_2026[1], end: MONTH_STARTS_2026[2] });
    const fromMarch = dayRange("2026-03-01", null, NY);
    expect(overlaps(march, fromMarch, NY)).toBe(true);
    // Read as instants February would end 19:00 on Feb 28 local; read as dates it ends before March.
    expect(overlaps(february, fromMarch, NY)).toBe(false);
  });
});

describe("selectGoalView", () => {
  it("shows everyone and every period by default", () => {
    const view = selectGoalView(goal, assignees, null, open, NY);
    expect(view.groups.map((g) => g.targets.length)).toEqual([6, 3]);
    expect(view.targets).toHaveLength(9);
    expect(view.unknownAssignee).toBe(false);
  });

  it("narrows to the assignee and the dates in the link, in time order", () => {
    const view = selectGoalView(goal, assignees, "owner:100", dayRange("2026-02-01", "2026-02-28", NY), NY);
    expect(view.groups).toHaveLength(1);
    expect(view.targets.map((t) => t.amount)).toEqual(["2", "5"]);
  });

  it("falls back to everyone for an assignee who is not on the goal, and says so", () => {
    const view = selectGoalView(goal, assignees, "owner:999", open, NY);
    expect(view.groups).toHaveLength(2);
    expect(view.unknownAssignee).toBe(true);
  });
});

describe("goalOf", () => {
  it("finds the goal whatever the case of its uuid", () => {
    const family = groupGoals(monthlySchedule({ goalId: "0B6C1A4E-1111-4222-8333-944455556666" }, ["1"]));
    expect(goalOf(family, "0b6c1a4e-1111-4222-8333-944455556666")?.id).toBe("0B6C1A4E-1111-4222-8333-944455556666");
    expect(goalOf([], "x")).toBeNull();
  });
});
