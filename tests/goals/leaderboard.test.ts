import { describe, expect, it } from "vitest";
import { indexDirectory } from "@/lib/goals/assignees";
import { attainmentHistory, finishedBuckets, finishedPeriods } from "@/lib/goals/history";
import { contendersOf, inTeam, leaderboard, spanChoice, teamContenders } from "@/lib/goals/leaderboard";
import type { Directory, Target } from "@/lib/goals/model";
import { makeTarget, MONTH_STARTS_2026 } from "./fixtures";

const directory: Directory = {
  owners: [
    { id: "1", userId: "61", email: null, name: "Ava", teamIds: ["41"], archived: false },
    { id: "2", userId: "62", email: null, name: "Liam", teamIds: ["41"], archived: false },
    { id: "3", userId: "63", email: null, name: "Emma", teamIds: ["42"], archived: false },
  ],
  users: [],
  teams: [
    { id: "41", name: "East", userIds: ["61", "62"] },
    { id: "42", name: "West", userIds: ["63"] },
  ],
};
const index = indexDirectory(directory);
const SUM = { metricType: "SUM" as const, direction: "HIGHER_IS_BETTER" as const };
const context = { now: "2026-03-16T12:00:00.000Z", timeZone: "UTC" };

/** Monthly targets of 1,000 from January, with these actuals (null: no value). */
function person(owner: string, actuals: (string | null)[], amount = "1000"): Target[] {
  return actuals.map((actual, i) =>
    makeTarget({ scheduleId: `s${owner}`, assignee: { kind: "owner", id: owner }, start: MONTH_STARTS_2026[i], end: MONTH_STARTS_2026[i + 1], amount, actual }),
  );
}

describe("a leaderboard", () => {
  // Ava led at the close of February (2,200 of 2,000); Liam overtakes her in March.
  const targets = [...person("1", ["1100", "1100", "100", null]), ...person("2", ["1000", "900", "900", null], "1000"), ...person("3", [null, null, null, null])];

  it("ranks by attainment to date, best first, with the unranked after", () => {
    const board = leaderboard(contendersOf(targets, index), context, { by: "attainment", judgement: SUM });
    expect(board.placings.map((p) => [p.contender.name, p.rank])).toEqual([
      ["Liam", 1],
      ["Ava", 2],
      ["Emma", null],
    ]);
    expect(board.placings[0].score).toBeCloseTo(2800 / 3000, 12);
  });

  it("says who moved since the previous period closed", () => {
    const board = leaderboard(contendersOf(targets, index), context, { by: "attainment", judgement: SUM });
    expect(board.previousAt).toBe(Date.parse(MONTH_STARTS_2026[2]) - 1);
    expect(board.placings.map((p) => [p.contender.name, p.previousRank, p.movement])).toEqual([
      ["Liam", 2, 1],
      ["Ava", 1, -1],
      ["Emma", null, null],
    ]);
  });

  it("ranks by pace (percent of expected), and the other way round where lower is better", () => {
    const byPace = leaderboard(contendersOf(targets, index), context, { by: "pace", judgement: SUM });
    expect(byPace.placings[0].score).toBe(byPace.placings[0].standing.percentOfExpected);
    const lower = leaderboard(contendersOf(targets, index), context, { by: "attainment", judgement: { ...SUM, direction: "LOWER_IS_BETTER" } });
    expect(lower.placings.map((p) => p.contender.name)).toEqual(["Ava", "Liam", "Emma"]);
  });

  it("shares a rank between equal scores", () => {
    const tied = [...person("1", ["500", null]), ...person("2", ["500", null]), ...person("3", ["400", null])];
    const board = leaderboard(contendersOf(tied, index), { ...context, now: "2026-01-20T00:00:00.000Z" }, { by: "attainment", judgement: SUM });
    expect(board.placings.map((p) => p.rank)).toEqual([1, 1, 3]);
    // Nothing closed before January: no movement to report.
    expect(board.previousAt).toBeNull();
  });

  it("over the periods running now, compares with the previous period's final ranking", () => {
    const board = leaderboard(contendersOf(targets, index), context, { by: "attainment", judgement: SUM, select: spanChoice("period", "UTC") });
    // March alone: Liam 90%, Ava 10%. February alone: Ava 110%, Liam 90%.
    expect(board.placings.map((p) => [p.contender.name, p.rank, p.previousRank])).toEqual([
      ["Liam", 1, 2],
      ["Ava", 2, 1],
      ["Emma", null, null],
    ]);
    expect(board.placings[0].standing.periods).toBe(1);
  });

  it("counts a quarter's or a year's periods for those spans", () => {
    const quarter = spanChoice("quarter", "UTC")(targets.slice(0, 4), Date.parse(context.now));
    expect(quarter).toHaveLength(3);
    const fiscal = spanChoice("year", "UTC", 3)(targets.slice(0, 4), Date.parse(context.now));
    // A fiscal year from April: March 2026 belongs to the year that started in April 2025.
    expect(fiscal).toHaveLength(3);
  });

  it("ranks teams by their members' targets, or by their own where the goal assigns the team", () => {
    const teams = teamContenders(targets, index);
    expect(teams.map((t) => [t.name, t.targets.length])).toEqual([
      ["East", 8],
      ["West", 4],
    ]);
    const own = makeTarget({ scheduleId: "t", assignee: { kind: "team", id: "41" }, actual: "5" });
    expect(teamContenders([...targets, own], index).find((t) => t.name === "East")?.targets).toEqual([own]);
    expect(inTeam(contendersOf(targets, index), "42", index).map((c) => c.name)).toEqual(["Emma"]);
  });
});

describe("attainment history", () => {
  const targets = [...person("1", ["1100", "900", "1200", "100"]), ...person("2", ["1000", null, "700", "50"])];

  it("judges each finished period on its own and counts the hits", () => {
    const columns = finishedPeriods(targets, { ...context, now: "2026-04-10T00:00:00.000Z" }, 6);
    expect(columns.map((c) => new Date(c.start).toISOString())).toEqual(MONTH_STARTS_2026.slice(0, 3));
    const history = attainmentHistory(contendersOf(targets, index), columns, { ...context, now: "2026-04-10T00:00:00.000Z" }, SUM);
    const ava = history.rows.find((r) => r.contender.name === "Ava")!;
    expect(ava.cells.map((c) => c?.outcome)).toEqual(["achieved", "missed", "achieved"]);
    expect([ava.hits, ava.results]).toEqual([2, 3]);
    const liam = history.rows.find((r) => r.contender.name === "Liam")!;
    expect(liam.cells.map((c) => c?.status)).toEqual(["achieved", "no_data", "missed"]);
    expect([liam.hits, liam.results]).toEqual([1, 2]);
  });

  it("puts months into whole quarters, never a running one", () => {
    const now = { ...context, now: "2026-07-02T00:00:00.000Z" };
    const year = [...person("1", ["1100", "900", "1200", "900", "900", "900", "900"])];
    const columns = finishedBuckets("quarter", now, 4);
    expect(columns.map((c) => new Date(c.start).toISOString().slice(0, 10))).toEqual(["2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01"]);
    const history = attainmentHistory(contendersOf(year, index), columns, now, SUM);
    expect(history.rows[0].cells.map((c) => c?.attainmentToDate ?? null)).toEqual([null, null, 3200 / 3000, 2700 / 3000]);
    expect(finishedBuckets("month", now, 2).map((c) => new Date(c.end).toISOString().slice(0, 10))).toEqual(["2026-06-01", "2026-07-01"]);
  });
});
