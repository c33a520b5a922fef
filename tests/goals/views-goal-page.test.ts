import { describe, expect, it } from "vitest";
import { goalPageView } from "@/lib/goals/views/goal-page";
import { goalPageState, type GoalPageState } from "@/lib/goals/views/goal-page-state";
import { readState } from "@/lib/goals/views/state";
import { directory } from "./directory";
import { monthlySchedule } from "./fixtures";

const NY = "America/New_York";
const NOW = Date.parse("2026-03-16T12:00:00Z");

// Ada reports January to March; Lin (same goal) has no progress at all; both have six months.
const ada = monthlySchedule({ goalId: "g", scheduleId: "s-ada", assignee: { kind: "owner", id: "100" } }, ["100", "100", "100", "100", "100", "100"]).map((t, i) =>
  i < 3 ? { ...t, actual: "90" } : t,
);
const lin = monthlySchedule({ goalId: "g", scheduleId: "s-lin", assignee: { kind: "user", id: "777" } }, ["50", "50", "50", "50", "50", "50"]);
const family = { targets: [...ada, ...lin], directory, account: { timeZone: NY, currency: "USD" }, pipelines: [] };
const state = (raw: Record<string, string> = {}): GoalPageState => readState(goalPageState, raw);

describe("goalPageView", () => {
  const answer = goalPageView(7, family, "g", state(), NOW);
  const page = answer.goal!;

  it("names the goal's people, its days in the portal's calendar, and takes its figures at the given moment", () => {
    expect(answer.at).toBe(NOW);
    expect(page.assignees.map((a) => [a.key, a.name])).toEqual([
      ["owner:100", "Ada Lovelace"],
      ["user:777", "Lin Chen"],
    ]);
    expect(page.days).toEqual({ first: "2026-01-01", last: "2026-06-30" });
    expect(page.head).not.toHaveProperty("schedules");
  });

  it("leaves out the assignee without progress from every figure but the target, and says who", () => {
    const figures = page.selection!.figures;
    expect(figures.target).toBe("900");
    expect(page.selection!.text.standing.note).toBe("Lin Chen has no progress data in HubSpot: every figure but the target leaves them out.");
    // Ada's three started months: 270 of 300.
    expect(figures.actual).toBe("270");
    expect(figures.attainmentToDate).toBeCloseTo(0.9);
    expect(page.selection!.groups.map((g) => [g.assignee.name, g.periods.length, g.total.target])).toEqual([
      ["Ada Lovelace", 6, "600"],
      ["Lin Chen", 6, "300"],
    ]);
    // The chart draws the periods the figures cover, without the targets behind them.
    expect(page.selection!.chart.periods).toBe(6);
    expect(JSON.stringify(answer)).not.toContain("scheduleId");
  });

  it("narrows to one assignee and a date range from the URL, and says when the URL's assignee is not on the goal", () => {
    const one = goalPageView(7, family, "g", state({ assignee: "owner:100", from: "2026-02-01", to: "2026-03-31" }), NOW).goal!;
    expect(one.selection!.single).toBe("Ada Lovelace");
    expect(one.ranged).toBe(true);
    expect(one.selection!.groups[0].periods.map((p) => p.start)).toEqual(["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"]);
    const stranger = goalPageView(7, family, "g", state({ assignee: "owner:999" }), NOW).goal!;
    expect(stranger.unknownAssignee).toBe(true);
    expect(stranger.selection!.groups).toHaveLength(2);
  });

  it("ignores a reversed range and says so; a range with no period shows none", () => {
    expect(goalPageView(7, family, "g", state({ from: "2026-03-01", to: "2026-02-01" }), NOW).goal!.rangeIgnored).toBe(true);
    const none = goalPageView(7, family, "g", state({ from: "2027-01-01" }), NOW).goal!;
    expect(none.selection).toBeNull();
  });

  it("ranks by the URL's choice and judges risk at its threshold", () => {
    const byPace = goalPageView(7, family, "g", state({ rank: "pace", risk: "95" }), NOW).goal!;
    expect(byPace.leaderboard!.people.by).toBe("pace");
    expect(byPace.leaderboard!.people.threshold).toBe(0.95);
    expect(page.leaderboard!.people.by).toBe("attainment");
    expect(page.leaderboard!.people.placings.map((p) => p.contender.name)).toEqual(["Ada Lovelace", "Lin Chen"]);
  });

  it("keeps each finished month's attainment in the history", () => {
    expect(page.history.noun).toBe("month");
    const adaRow = page.history.people.rows.find((r) => r.contender.name === "Ada Lovelace")!;
    expect(adaRow.cells.map((c) => c?.attainmentToDate ?? null)).toEqual([0.9, 0.9]);
  });

  it("prints every figure on the server, in the portal's currency and calendar", () => {
    const { standing, projection, chart } = page.selection!.text;
    expect(page.headText.span).toBe("Jan 1 – Jun 30, 2026");
    expect([standing.target, standing.actual, standing.attainment, standing.startedTarget]).toEqual(["$900.00", "$270.00", "90%", "$300.00"]);
    expect(projection).toMatchObject({ lastDay: "Jun 30, 2026", atRisk: false, percent: 90 });
    // The chart's words repeat the cards' figures, never other ones.
    expect(chart.description).toContain(`Expected by today: ${standing.expected}.`);
    expect(chart.leftOut).toBe("Leaves out Lin Chen, as the figures above do.");
    const january = page.selection!.groups[0].periods[0].text;
    expect(january).toEqual({ period: "Jan 1 – 31, 2026", target: "$100.00", expected: "$100.00", actual: "$90.00", attainment: "90%", progress: "90%" });
    // Lin has no progress: no ratio is printed for him, and his projection is a dash.
    expect(page.leaderboard!.text.people.placings).toEqual([
      { score: "90%", projected: "108%" },
      { score: null, projected: "—" },
    ]);
    expect(page.history.text.people.spans).toEqual(["Jan 2026", "Feb 2026"]);
  });

  it("has nothing to show for a family without usable targets", () => {
    expect(goalPageView(7, { ...family, targets: [] }, "g", state(), NOW).goal).toBeNull();
  });
});
