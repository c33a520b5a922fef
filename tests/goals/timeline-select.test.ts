import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { presetRange } from "@/lib/goals/timeline-range";
import { scheduleKey, selectTimeline } from "@/lib/goals/timeline-select";
import { directoryIndex } from "./directory";
import { makeTarget } from "./fixtures";

const ny = "America/New_York";
const context = { now: "2026-06-15T12:00:00.000Z", directoryIndex, timeZone: ny };
const year2026 = presetRange("this-year", context.now, ny);
const targets = [
  makeTarget({ goalId: "late", name: "B goal", scheduleId: "ada", assignee: { kind: "owner", id: "100" }, start: "2026-05-01T00:00:00.000Z", end: "2026-07-01T00:00:00.000Z" }),
  makeTarget({ goalId: "late", name: "B goal", scheduleId: "lin", assignee: { kind: "user", id: "777" }, start: "2026-05-01T00:00:00.000Z", end: "2026-07-01T00:00:00.000Z" }),
  makeTarget({ goalId: "early", name: "Z goal", assignee: { kind: "user", id: "777" }, start: "2025-12-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" }),
  makeTarget({ goalId: "early", name: "Z goal", assignee: { kind: "user", id: "777" }, start: "2025-11-01T00:00:00.000Z", end: "2025-12-01T00:00:00.000Z" }),
  // Ends at 2026-01-01T00:00Z, which is still 2025 in calendar reading: not in 2026.
  makeTarget({ goalId: "gone", name: "A goal", start: "2025-12-01T00:00:00.000Z", end: "2026-01-01T00:00:00.000Z" }),
];
const goals = groupGoals(targets);

describe("selectTimeline", () => {
  it("keeps goals meeting the range, earliest first, and only their targets inside it", () => {
    const selection = selectTimeline(goals, {}, context, year2026);
    expect(selection.goals.map((g) => g.id)).toEqual(["early", "late"]);
    expect(selection.targets.map((t) => `${t.goalId}:${t.start.slice(0, 7)}`)).toEqual(["early:2025-12", "late:2026-05", "late:2026-05"]);
    expect(selection.scheduleIds).toBeNull();
  });

  it("applies the goal list's filters to goals", () => {
    expect(selectTimeline(goals, { q: "b goal" }, context, year2026).goals.map((g) => g.id)).toEqual(["late"]);
    expect(selectTimeline(goals, { statuses: ["ended"] }, context, year2026).goals.map((g) => g.id)).toEqual(["early"]);
  });

  it("narrows targets and assignee rows to the people filtered for", () => {
    const selection = selectTimeline(goals, { assignees: ["owner:100"] }, context, year2026);
    expect(selection.goals.map((g) => g.id)).toEqual(["late"]);
    expect(selection.targets.map((t) => t.scheduleId)).toEqual(["ada"]);
    expect([...selection.scheduleIds!]).toEqual([scheduleKey("late", "ada")]);
    const byTeam = selectTimeline(goals, { teams: ["t3"] }, context, year2026);
    expect(byTeam.goals.map((g) => g.id)).toEqual(["early", "late"]);
    expect(byTeam.targets.map((t) => t.scheduleId)).toEqual(["s1", "lin"]);
  });
});
