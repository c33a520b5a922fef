import { describe, expect, it } from "vitest";
import { type GoalFilters, filterGoals, filterTargets } from "@/lib/goals/filters";
import { groupGoals } from "@/lib/goals/group";
import { directoryIndex } from "./directory";
import { makeTarget } from "./fixtures";

const jan = { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" };
const feb = { start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" };
const targets = [
  makeTarget({ goalId: "rev", name: "Q1 Revenue EMEA", goalType: "sales_quota", assignee: { kind: "owner", id: "100" }, ...jan }),
  makeTarget({ goalId: "rev", name: "Q1 Revenue EMEA", goalType: "sales_quota", assignee: { kind: "owner", id: "100" }, ...feb }),
  makeTarget({ goalId: "muc", name: "München Pipeline", goalType: "deals_created", assignee: { kind: "team", id: "t2" }, ...feb }),
  makeTarget({ goalId: "sup", name: "Support response time", goalType: "average_ticket_response_time", assignee: { kind: "user", id: "777" }, ...jan }),
  makeTarget({ goalId: "old", name: "2025 Revenue", goalType: "sales_quota", assignee: { kind: "user", id: "26748728" }, start: "2025-01-01T00:00:00.000Z", end: "2026-01-01T00:00:00.000Z", archived: true }),
];
const goals = groupGoals(targets);
const context = { now: "2026-01-15T12:00:00.000Z", directoryIndex, timeZone: "America/New_York" };
const goalIds = (filters: GoalFilters) => filterGoals(goals, filters, context).map((g) => g.id).sort();
const targetGoalIds = (filters: GoalFilters) => filterTargets(targets, filters, context).map((t) => t.goalId).sort();

describe("filterGoals", () => {
  it("returns everything without filters", () => {
    expect(goalIds({})).toEqual(["muc", "old", "rev", "sup"]);
  });

  it("matches every word of the name, ignoring case and accents", () => {
    expect(goalIds({ q: "revenue" })).toEqual(["old", "rev"]);
    expect(goalIds({ q: "  emea   REV " })).toEqual(["rev"]);
    expect(goalIds({ q: "munchen" })).toEqual(["muc"]);
    expect(goalIds({ q: "revenue apac" })).toEqual([]);
  });

  it("matches assignees by key, whether assigned by owner id or by the owner's user id", () => {
    expect(goalIds({ assignees: ["owner:100"] })).toEqual(["old", "rev"]);
    expect(goalIds({ assignees: ["user:26748728"] })).toEqual(["old", "rev"]);
    expect(goalIds({ assignees: ["owner:999"] })).toEqual([]);
    expect(goalIds({ assignees: ["user:777", "team:t2"] })).toEqual(["muc", "sup"]);
  });

  it("matches team goals and goals whose assignee belongs to the team", () => {
    expect(goalIds({ teams: ["t1"] })).toEqual(["old", "rev"]);
    expect(goalIds({ teams: ["t2"] })).toEqual(["muc"]);
    expect(goalIds({ teams: ["t3"] })).toEqual(["sup"]);
  });

  it("filters by type and by status at now", () => {
    expect(goalIds({ types: ["sales_quota"] })).toEqual(["old", "rev"]);
    expect(goalIds({ statuses: ["active"] })).toEqual(["rev", "sup"]);
    expect(goalIds({ statuses: ["upcoming", "ended"] })).toEqual(["muc", "old"]);
  });

  it("finds goals with a period on a date in the portal zone", () => {
    // February starts at 2026-02-01T00:00Z, which is 31 January in New York, yet it is February's period.
    expect(goalIds({ date: "2026-01-31" })).toEqual(["rev", "sup"]);
    expect(goalIds({ date: "2026-02-01" })).toEqual(["muc", "rev"]);
    expect(goalIds({ date: "2025-07-04" })).toEqual(["old"]);
  });

  it("ignores a malformed date rather than hiding every goal", () => {
    expect(goalIds({ date: "2026-02-30" })).toEqual(["muc", "old", "rev", "sup"]);
  });

  it("filters archived goals only when asked", () => {
    expect(goalIds({ archived: true })).toEqual(["old"]);
    expect(goalIds({ archived: false })).toEqual(["muc", "rev", "sup"]);
  });

  it("combines filters with AND", () => {
    expect(goalIds({ q: "revenue", archived: false, teams: ["t1"], statuses: ["active"] })).toEqual(["rev"]);
    expect(goalIds({ q: "support", teams: ["t1"] })).toEqual([]);
  });
});

describe("filterTargets", () => {
  it("applies the same filters to single targets", () => {
    expect(targetGoalIds({ q: "q1" })).toEqual(["rev", "rev"]);
    expect(targetGoalIds({ statuses: ["upcoming"] })).toEqual(["muc", "rev"]);
    expect(targetGoalIds({ date: "2026-01-31", teams: ["t1"] })).toEqual(["rev"]);
    expect(targetGoalIds({ assignees: ["owner:100"], archived: false })).toEqual(["rev", "rev"]);
  });
});
