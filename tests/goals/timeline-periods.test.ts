import { describe, expect, it } from "vitest";
import { sum } from "@/lib/goals/decimal";
import { indexDirectory } from "@/lib/goals/assignees";
import type { Target } from "@/lib/goals/model";
import { presetRange } from "@/lib/goals/timeline-range";
import { planPeriods } from "@/lib/goals/timeline-scale";
import { groupKeyOf, groupLabel, measureOptions, OTHER_KEY, periodModel, pickLevel, pickMeasure } from "@/lib/goals/timeline-periods";
import { directory, directoryIndex } from "./directory";
import { MONTH_STARTS_2026, makeTarget } from "./fixtures";

const ny = "America/New_York";
const q1 = planPeriods(presetRange("this-quarter", "2026-02-15T12:00:00Z", ny), "month", ny, 0).buckets;
/** After every target below, so each actual is complete progress. */
const done = { progressUntil: Date.parse("2027-01-01T00:00:00Z") };
const month = (m: number, overrides: Partial<Target> = {}) => makeTarget({ start: MONTH_STARTS_2026[m], end: MONTH_STARTS_2026[m + 1], ...overrides });

describe("measureOptions and pickMeasure", () => {
  const targets = [
    month(0, { goalType: "calls_made", unit: "count" }),
    month(0, { goalType: "sales_quota", unit: "currency" }),
    month(1, { goalType: "sales_quota", unit: "currency" }),
    month(0, { goalType: null, unit: "count" }),
  ];
  const options = measureOptions(targets);

  it("lists each goal type once with its unit and count", () => {
    expect(options.map((m) => [m.key, m.unit, m.targetCount])).toEqual([
      ["", "count", 1],
      ["calls_made", "count", 1],
      ["sales_quota", "currency", 2],
    ]);
  });

  it("defaults to the first money goal type and honours a valid request", () => {
    expect(pickMeasure(options, null)?.key).toBe("sales_quota");
    expect(pickMeasure(options, "nonsense")?.key).toBe("sales_quota");
    expect(pickMeasure(options, "calls_made")?.key).toBe("calls_made");
    expect(pickMeasure(options.filter((m) => m.unit !== "currency"), null)?.key).toBe("");
    expect(pickMeasure([], null)).toBeNull();
    const noMoney = [
      { key: "average_ticket_response_time", unit: "duration" as const, metricType: "AVG" as const, targetCount: 3 },
      { key: "calls_made", unit: "count" as const, metricType: "SUM" as const, targetCount: 3 },
    ];
    expect(pickMeasure(noMoney, null)?.key).toBe("calls_made");
  });
});

describe("groupKeyOf", () => {
  it("puts a person's target under their primary team, team goals under the team, and the rest under 'No team'", () => {
    const byTeam = groupKeyOf("team", directoryIndex);
    expect(byTeam(makeTarget({ assignee: { kind: "owner", id: "100" } }))).toBe("team:t1");
    expect(byTeam(makeTarget({ assignee: { kind: "user", id: "26748728" } }))).toBe("team:t1");
    expect(byTeam(makeTarget({ assignee: { kind: "user", id: "777" } }))).toBe("team:t3");
    expect(byTeam(makeTarget({ assignee: { kind: "team", id: "t2" } }))).toBe("team:t2");
    expect(byTeam(makeTarget({ assignee: { kind: "owner", id: "404" } }))).toBe("team:none");
    expect(byTeam(makeTarget({ assignee: { kind: "none" } }))).toBe("team:none");
  });

  it("prefers the user's primary team over other memberships", () => {
    const index = indexDirectory({
      ...directory,
      users: [{ id: "5", email: null, name: "Sam", primaryTeamId: "t2", secondaryTeamIds: ["t1"] }],
      teams: [{ id: "t1", name: "EMEA Sales", userIds: ["5"] }, { id: "t2", name: "Enterprise", userIds: [] }],
    });
    expect(groupKeyOf("team", index)(makeTarget({ assignee: { kind: "user", id: "5" } }))).toBe("team:t2");
  });

  it("merges an owner and the same person assigned by user id when grouping by assignee", () => {
    const byPerson = groupKeyOf("assignee", directoryIndex);
    expect(byPerson(makeTarget({ assignee: { kind: "user", id: "26748728" } }))).toBe("owner:100");
    expect(groupLabel("owner:100", directoryIndex)).toBe("Ada Lovelace");
    expect(groupLabel("team:t3", directoryIndex)).toBe("Support");
    expect(groupLabel("team:none", directoryIndex)).toBe("No team");
    expect(groupLabel("none", directoryIndex)).toBe("Unassigned");
  });
});

describe("periodModel", () => {
  const measure = { key: "sales_quota", unit: "currency" as const, metricType: "SUM" as const, targetCount: 0 };

  it("stacks one goal type per team, leaves periods without a target empty and totals the actual that is known", () => {
    const targets = [
      month(0, { assignee: { kind: "owner", id: "100" }, amount: "100", actual: "90" }),
      month(1, { assignee: { kind: "owner", id: "100" }, amount: "100", actual: null }),
      month(1, { assignee: { kind: "user", id: "777" }, amount: "50", actual: "60" }),
      month(2, { assignee: { kind: "user", id: "777" }, amount: "999", goalType: "calls_made", unit: "count" }),
    ];
    const model = periodModel(targets, q1, measure, "team", directoryIndex, done);
    expect(model.series.map((s) => [s.label, s.cells.map((c) => c.target)])).toEqual([
      ["EMEA Sales", ["100", "100", null]],
      ["Support", [null, "50", null]],
    ]);
    expect(model.totals).toEqual(["100", "150", null]);
    expect(model.actuals).toEqual(["90", "60", null]);
    expect(model.missingActual).toEqual([0, 1, 0]);
    expect(model.stacked).toBe(true);
    expect(model.marks).toBe(2 * 3 + 2);
  });

  it("adds up one level at a time: people's targets by default, team goals on request, never both", () => {
    const targets = [
      month(0, { assignee: { kind: "owner", id: "100" }, amount: "100" }),
      month(0, { assignee: { kind: "user", id: "777" }, amount: "50" }),
      // The team goal over the same work: stacking it on its members would count the month twice.
      month(0, { assignee: { kind: "team", id: "t-emea" }, amount: "140" }),
    ];
    const people = periodModel(targets, q1, measure, "team", directoryIndex, done);
    expect(people).toMatchObject({ level: "people", levels: ["people", "teams"], otherLevelTargets: 1 });
    expect(people.totals[0]).toBe("150");
    const teams = periodModel(targets, q1, measure, "team", directoryIndex, { ...done, level: "teams" });
    expect(teams).toMatchObject({ level: "teams", otherLevelTargets: 2 });
    expect(teams.totals[0]).toBe("140");
    // A goal type with team goals only shows them, whatever was asked for.
    const onlyTeams = periodModel(targets.slice(2), q1, measure, "team", directoryIndex, { ...done, level: "people" });
    expect(onlyTeams).toMatchObject({ level: "teams", levels: ["teams"], otherLevelTargets: 0 });
    expect(pickLevel([], "teams")).toEqual({ level: "people", levels: [] });
  });

  it("shows AVG goals side by side without totals", () => {
    const avg = { key: "average_ticket_response_time", unit: "duration" as const, metricType: "AVG" as const, targetCount: 0 };
    const targets = [month(0, { goalType: avg.key, metricType: "AVG", amount: "6", actual: "5" }), month(0, { goalType: avg.key, metricType: "AVG", amount: "8", assignee: { kind: "user", id: "777" } })];
    const model = periodModel(targets, q1, avg, "assignee", directoryIndex, done);
    expect(model.stacked).toBe(false);
    expect(model.totals).toEqual([null, null, null]);
    expect(model.series.map((s) => [s.label, s.cells[0].target])).toEqual([
      ["Lin Chen", "8"],
      ["Owner 1", "6"],
    ]);
  });

  it("folds the smallest groups into 'Other' so series × periods stays within the budget, keeping totals exact", () => {
    const targets = Array.from({ length: 40 }, (_, i) => month(i % 3, { assignee: { kind: "owner", id: `p${i}` }, amount: String(100 + i) }));
    const folded = periodModel(targets, q1, measure, "assignee", directoryIndex, done);
    expect(folded.groupCount).toBe(40);
    expect(folded.series).toHaveLength(12);
    const other = folded.series[folded.series.length - 1];
    expect(other).toMatchObject({ key: OTHER_KEY, label: "Other (29)", folded: 29 });
    // The eleven largest keep their own series.
    expect(folded.series.slice(0, 11).every((s) => Number(s.total.target) >= 129)).toBe(true);
    expect(sum(folded.series.map((s) => s.total.target!))).toBe(sum(targets.map((t) => t.amount)));

    const tight = periodModel(targets, q1, measure, "assignee", directoryIndex, { ...done, maxMarks: 12 });
    expect(tight.series).toHaveLength(3);
    expect(tight.marks).toBeLessThanOrEqual(12);
  });

  it("keeps a 10,000-target year of weeks under 2,000 marks", () => {
    const weeks = planPeriods(presetRange("this-year", "2026-06-01T12:00:00Z", ny), "week", ny, 0).buckets;
    const targets = Array.from({ length: 10_000 }, (_, i) => month(i % 12, { assignee: { kind: "owner", id: String(i % 300) }, amount: "1000", actual: i % 3 ? "900" : null }));
    const model = periodModel(targets, weeks, measure, "assignee", directoryIndex, done);
    expect(model.marks).toBeLessThanOrEqual(2000);
    expect(model.series).toHaveLength(12);
    expect(sum(model.totals.filter((t): t is string => t !== null))).toBe("10000000");
  });
});
