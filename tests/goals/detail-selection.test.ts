import { describe, expect, it } from "vitest";
import { assigneesOf, dayRange, goalDays, goalOf, goalView, overlaps } from "@/lib/goals/goal-view";
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

describe("goalView", () => {
  const context = { now: "2026-02-15T00:00:00Z", timeZone: NY };
  it("shows everyone and every period by default", () => {
    const view = goalView(goal, assignees, { assignee: null, range: open }, context);
    expect(view.groups.map((g) => g.periods.length)).toEqual([6, 3]);
    // The whole view's standing is over the same periods as its groups'.
    expect(view.standing.target).toBe("45");
    expect(view.targets).toHaveLength(9);
    expect(view.unknownAssignee).toBe(false);
  });

  it("narrows to the assignee and the dates in the link, in time order", () => {
    const view = goalView(goal, assignees, { assignee: "owner:100", range: dayRange("2026-02-01", "2026-02-28", NY) }, context);
    expect(view.groups).toHaveLength(1);
    expect(view.targets.map((t) => t.amount)).toEqual(["2", "5"]);
  });

  it("falls back to everyone for an assignee who is not on the goal, and says so", () => {
    const view = goalView(goal, assignees, { assignee: "owner:999", range: open }, context);
    expect(view.groups).toHaveLength(2);
    expect(view.unknownAssignee).toBe(true);
  });
});

describe("goalDays", () => {
  it("bounds the date inputs by the goal's own first and last day in the portal's zone", () => {
    // Stored at UTC midnight, January 1 reads as January 1 in New York, not December 31.
    expect(goalDays({ start: "2026-01-01T00:00:00.000Z", end: "2027-01-01T00:00:00.000Z" }, NY)).toEqual({ first: "2026-01-01", last: "2026-12-31" });
    expect(goalDays({ start: "2026-01-01T00:00:00.000Z", end: "2027-01-01T00:00:00.000Z" }, "Asia/Tokyo")).toEqual({ first: "2026-01-01", last: "2026-12-31" });
  });
});

describe("goalOf", () => {
  it("finds the goal whatever the case of its uuid", () => {
    const family = groupGoals(monthlySchedule({ goalId: "0B6C1A4E-1111-4222-8333-944455556666" }, ["1"]));
    expect(goalOf(family, "0b6c1a4e-1111-4222-8333-944455556666")?.id).toBe("0B6C1A4E-1111-4222-8333-944455556666");
    expect(goalOf([], "x")).toBeNull();
  });
});
