import { describe, expect, it } from "vitest";
import { standingOf } from "@/lib/goals/standing";
import { goalListView } from "@/lib/goals/views/goal-list";
import { filterOptions, goalsCompleteSoFar, modelOf, snapshotOf } from "@/lib/goals/views/portal";
import { goalListState, readState, stateQuery, targetListState, timelineState } from "@/lib/goals/views/state";
import { targetListView } from "@/lib/goals/views/target-list";
import { timelineView } from "@/lib/goals/views/timeline";
import { portalData } from "./directory";
import { monthlySchedule } from "./fixtures";

const AT = Date.parse("2026-03-16T12:00:00Z");
const READY = { state: "ready" } as const;

/** Three goals arriving whole, one after another: Zeta (two assignees), Alpha, Mid (calls). */
const portal = portalData;

const zeta = [
  ...monthlySchedule({ goalId: "z", scheduleId: "z1", name: "Zeta revenue", assignee: { kind: "owner", id: "100" } }, ["10", "10", "10"]).map((t, i) =>
    i < 2 ? { ...t, actual: "10" } : t,
  ),
  ...monthlySchedule({ goalId: "z", scheduleId: "z2", name: "Zeta revenue", assignee: { kind: "user", id: "777" } }, ["5", "5", "5"]),
];
const alpha = monthlySchedule({ goalId: "a", scheduleId: "a1", name: "Alpha revenue", assignee: { kind: "team", id: "t2" } }, ["100", "100"]);
const mid = monthlySchedule({ goalId: "m", scheduleId: "m1", name: "Mid calls", goalType: "calls", unit: "count", currency: null }, ["3"]);
const model = modelOf(portal([...zeta, ...alpha, ...mid]));

describe("view state from a URL", () => {
  it("reads what it can and falls back to defaults for the rest, as the page's controls do", () => {
    const state = readState(goalListState, { q: " revenue ", sort: "nonsense", dir: "desc", status: "active,bogus,ended", date: "2026-13", archived: "true" });
    expect(state).toMatchObject({ q: " revenue ", sort: "name", dir: "desc", status: ["active", "ended"], date: "", archived: true, open: [] });
  });

  it("writes one text per state, defaults left out, which reads back to the same state", () => {
    const state = readState(goalListState, { dir: "desc", assignee: "owner:1,owner:2", sort: "pace" });
    const query = stateQuery(goalListState, state);
    expect(query).toBe("assignee=owner%3A1%2Cowner%3A2&sort=pace&dir=desc");
    expect(readState(goalListState, new URLSearchParams(query))).toEqual(state);
    expect(stateQuery(goalListState, readState(goalListState, {}))).toBe("");
    expect(stateQuery(timelineState, readState(timelineState, { goals: "80", range: "last-year" }))).toBe("range=last-year&goals=80");
  });

  it("drops a value too long to be a view rather than failing the page", () => {
    expect(readState(targetListState, { q: "x".repeat(500), sort: "end" })).toMatchObject({ q: "", sort: "end" });
  });
});

describe("the goal list answer", () => {
  const state = (raw: Record<string, string> = {}) => readState(goalListState, raw);

  it("is the window of rows asked for, with the counts of the whole view", () => {
    const answer = goalListView(model, state(), { offset: 0, limit: 2 }, AT, READY);
    expect(answer.items.map((i) => (i.kind === "goal" ? i.name : i.assignee))).toEqual(["Alpha revenue", "Mid calls"]);
    expect(answer).toMatchObject({ shown: 3, goals: 3, targets: 9, lines: 3, offset: 0, at: AT, upTo: 3, empty: false });
    expect(goalListView(model, state(), { offset: 2, limit: 2 }, AT, READY).items.map((i) => i.kind === "goal" && i.name)).toEqual(["Zeta revenue"]);
  });

  it("carries the standing model's figures, without the targets behind them", () => {
    const [line] = goalListView(model, state({ q: "zeta" }), { offset: 0, limit: 5 }, AT, READY).items;
    const expected = standingOf(zeta, { now: AT, timeZone: "UTC" });
    expect(line).toMatchObject({ kind: "goal", id: "z", figures: { target: expected.target, actual: expected.actual, attainmentToDate: expected.attainmentToDate, status: expected.status } });
    expect(line).not.toHaveProperty("figures.covered");
    expect(JSON.stringify(line)).not.toContain('"covered"');
  });

  it("prints each row's figures on the server, in the portal's currency, as the page shows them", () => {
    const answer = goalListView(model, state({ q: "zeta", open: "z" }), { offset: 0, limit: 5 }, AT, READY);
    expect(answer.summary).toBe("Showing 1 of 3 goals · 6 targets");
    const [goal, ada] = answer.items;
    // Mid-March: March's targets ($10 and $5) run now; Ada's $20 of January and February is all that was due.
    expect(goal.text).toEqual({ dates: "Jan 1 – Mar 31, 2026", currentTarget: "$15.00", target: "$45.00", attainment: "100%", progress: "100%", projected: null, assigneeCount: "2 assignees" });
    expect(ada).toMatchObject({ kind: "schedule", text: { currentTarget: "$10.00", target: "$30.00", periodCount: "3 periods" } });
    expect(ada.kind === "schedule" && ada.periods.map((p) => p.text)).toEqual([
      { amount: "$10.00", title: "Jan 1 – 31, 2026: $10.00" },
      { amount: "$10.00", title: "Feb 1 – 28, 2026: $10.00" },
      { amount: "$10.00", title: "Mar 1 – 31, 2026: $10.00" },
    ]);
    // A count goal with no progress: a plain number, and no ratio to print.
    const calls = goalListView(model, state({ type: "calls", archived: "false" }), { offset: 0, limit: 5 }, AT, READY);
    expect(calls.items[0].text).toMatchObject({ target: "3", currentTarget: "—", attainment: null, progress: null });
  });

  it("sorts and filters on the server, and lists an expanded goal's assignees under it", () => {
    const answer = goalListView(model, state({ sort: "totalTarget", dir: "desc", open: "z" }), { offset: 0, limit: 10 }, AT, READY);
    expect(answer.items.map((i) => (i.kind === "goal" ? i.id : `${i.goalId}:${i.assignee}`))).toEqual(["a", "z", "z:Ada Lovelace", "z:Lin Chen", "m"]);
    expect(answer.lines).toBe(5);
    const counted = goalListView(model, state({ type: "calls" }), { offset: 0, limit: 10 }, AT, READY);
    expect(counted).toMatchObject({ shown: 1, goals: 3, targets: 1 });
  });

  it("flags, filters and sorts on projected attainment at the threshold in the URL (risk=)", () => {
    expect(state()).toMatchObject({ risk: 90, atRisk: false });
    expect(state({ risk: "0" }).risk).toBe(90);
    expect(state({ risk: "85.5" }).risk).toBe(90);
    expect(stateQuery(goalListState, state({ risk: "90", atRisk: "true" }))).toBe("atRisk=true");
    // Mid-March, $100 a month: Behind has $210 of the ~$250 expected by now, Steady $250.
    const withActuals = (goalId: string, name: string, actuals: string[]) =>
      monthlySchedule({ goalId, scheduleId: `${goalId}1`, name, assignee: { kind: "owner", id: "100" } }, ["100", "100", "100", "100"]).map((t, i) => ({ ...t, actual: actuals[i] ?? null }));
    const behind = withActuals("b", "Behind", ["100", "100", "10"]);
    const steady = withActuals("s", "Steady", ["100", "100", "50"]);
    const risks = modelOf(portal([...behind, ...steady]));
    const projected = standingOf(behind, { now: AT, timeZone: "UTC" }).projection!.attainment!;
    expect(projected).toBeGreaterThan(0.5);
    expect(projected).toBeLessThan(0.9);
    expect(standingOf(steady, { now: AT, timeZone: "UTC" }).projection!.attainment!).toBeGreaterThan(0.9);
    const view = (raw: Record<string, string>) => goalListView(risks, state(raw), { offset: 0, limit: 10 }, AT, READY);
    const flags = (raw: Record<string, string>) => view(raw).items.map((i) => [i.kind === "goal" ? i.id : i.assignee, i.atRisk]);
    expect(flags({ open: "b" })).toEqual([
      ["b", true],
      ["Ada Lovelace", true],
      ["s", false],
    ]);
    expect(view({ q: "behind" }).items[0]).toMatchObject({ figures: { projection: { attainment: projected } } });
    // The printed projection never reads at or past the threshold it is flagged under.
    const above = Math.floor(projected * 100) + 1;
    const printed = view({ q: "behind", risk: String(above) }).items[0].text.projected;
    expect(Number(printed?.replace("%", ""))).toBeLessThan(above);
    const below = String(Math.floor(projected * 100));
    expect(flags({ risk: below })).toEqual([
      ["b", false],
      ["s", false],
    ]);
    // Only at risk, counted as the view's goals; none once the threshold is under Behind's projection.
    expect(view({ atRisk: "true" })).toMatchObject({ shown: 1, goals: 2, items: [{ id: "b" }] });
    expect(view({ atRisk: "true", risk: below }).shown).toBe(0);
    expect(view({ sort: "projected", dir: "desc" }).items.map((i) => i.kind === "goal" && i.id)).toEqual(["s", "b"]);
    expect(view({ sort: "projected" }).items.map((i) => i.kind === "goal" && i.id)).toEqual(["b", "s"]);
  });

  it("while a cold load runs, a snapshot keeps the goals the reader saw and their order", () => {
    const first = snapshotOf(model, 2);
    expect(first.loadOrder.map((g) => g.id)).toEqual(["z", "a"]);
    expect(goalListView(first, state(), { offset: 0, limit: 10 }, AT, READY)).toMatchObject({ shown: 2, upTo: 2 });
    expect(snapshotOf(model, null)).toBe(model);
    expect(snapshotOf(model, 2)).toBe(first);
  });

  it("while a cold load runs, shows every goal it has whole: all but the one its last target belongs to", () => {
    const arrived = [...zeta, ...alpha.slice(0, 1)];
    expect(goalsCompleteSoFar(arrived).map((g) => g.id)).toEqual(["z"]);
    expect(goalsCompleteSoFar([...zeta, ...alpha, ...mid]).map((g) => g.id)).toEqual(["z", "a"]);
    expect(goalsCompleteSoFar([])).toEqual([]);
    // Zeta keeps all six of its targets: a goal shown during the load has its figures whole.
    expect(goalsCompleteSoFar([...zeta, ...alpha.slice(0, 1)])[0].targetCount).toBe(6);
  });
});

describe("the target list answer", () => {
  it("is a window of targets in the view's order, named and judged", () => {
    const answer = targetListView(model, readState(targetListState, { sort: "target", dir: "desc" }), { offset: 1, limit: 2 }, AT, READY);
    expect(answer).toMatchObject({ shown: 9, total: 9, offset: 1 });
    expect(answer.items.map((i) => i.text.amount)).toEqual(["$100.00", "$10.00"]);
    // A row carries what it shows, not the whole record: the payload follows the screen.
    expect(Object.keys(answer.items[0].target).sort()).toEqual(["createdAt", "id", "name", "updatedAt"]);
    expect(answer.items[0]).toMatchObject({ assignee: "Enterprise", status: "ended" });
    expect(answer.summary).toBe("Showing 9 of 9 goal targets");
    expect(answer.items[0].text).toMatchObject({ amount: "$100.00", actual: null, attainment: null, firstDay: "Feb 1, 2026", lastDay: "Feb 28, 2026" });
    const zetaJanuary = targetListView(model, readState(targetListState, { q: "zeta", sort: "start" }), { offset: 0, limit: 1 }, AT, READY).items[0];
    expect(zetaJanuary.text).toMatchObject({ amount: "$10.00", actual: "$10.00", attainment: "100%" });
    expect(zetaJanuary.text.created.moment).toBe(`${zetaJanuary.text.created.day}, 12:00 AM UTC (HubSpot: ${zetaJanuary.target.createdAt})`);
  });
});

describe("the timeline answer", () => {
  it("holds the bars of its page and the period chart, nothing of the portal beyond them", () => {
    const answer = timelineView(model, readState(timelineState, { goals: "2", open: "a" }), AT, READY);
    expect(answer.gantt).toMatchObject({ shownGoals: 2, totalGoals: 3 });
    expect(answer.gantt.lines.map((l) => l.kind)).toEqual(["goal", "assignee", "goal"]);
    expect(answer).toMatchObject({ goalCount: 3, targetCount: 9, measure: { key: "sales_quota" } });
    expect(answer.chart?.series.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toContain('"schedules"');
  });

  it("prints its labels and amounts on the server: axis, bars, counts and the period table", () => {
    const answer = timelineView(model, readState(timelineState, { open: "a", range: "this-year", bucket: "quarter", goals: "2" }), AT, READY);
    expect(answer.text).toEqual({
      range: "Jan 1 – Dec 31, 2026",
      goals: "3",
      targets: "9 targets",
      ganttCount: "Showing 2 of 3 goals",
      moreGoals: "Show 1 more goal",
      remaining: "1",
      today: "Today, Mar 16, 2026",
    });
    // The first tick carries the year, the rest the month alone. Zeta's two people make the period table.
    expect(answer.ticks.map((t) => t.label).slice(0, 3)).toEqual(["Jan 2026", "Feb", "Mar"]);
    const alphaLines = answer.gantt.lines.filter((l) => l.kind !== "more-assignees" && l.goal.id === "a");
    expect(alphaLines.map((l) => [l.kind, l.kind !== "more-assignees" && l.text])).toEqual([
      ["goal", { short: "$200", full: "$200.00", dates: "Jan 1 – Feb 28, 2026" }],
      ["assignee", { short: "$200", full: "$200.00", dates: "Jan 1 – Feb 28, 2026" }],
    ]);
    expect(answer.chartText).toMatchObject({
      buckets: ["Jan – Mar 2026", "Apr – Jun 2026", "Jul – Sep 2026", "Oct – Dec 2026"],
      periods: "4 periods",
      series: [{ cells: [{ short: "$30", full: "$30.00 from 3 targets" }, null, null, null], total: "$30" }, { total: "$15" }],
      totals: [{ short: "$45", full: "$45.00" }, { short: "—" }, { short: "—" }, { short: "—" }],
      actuals: ["$20", "—", "—", "—"],
      missingActual: ["4 targets have no progress in HubSpot", "", "", ""],
    });
  });

  it("names an assignee's gap between targets by its dates", () => {
    const gappy = monthlySchedule({ goalId: "g", scheduleId: "g1", name: "Gappy", assignee: { kind: "owner", id: "100" } }, ["10", "10", "10"]).filter((_, i) => i !== 1);
    const answer = timelineView(modelOf(portal(gappy)), readState(timelineState, { open: "g", range: "this-year" }), AT, READY);
    const row = answer.gantt.lines.find((l) => l.kind === "assignee");
    expect(row?.kind === "assignee" && row.segments.filter((s) => s.kind === "gap").map((s) => s.dates)).toEqual(["Feb 1 – 28, 2026"]);
  });
});

describe("filter options", () => {
  it("name everyone who carries a goal, every team and every goal type, once per model", () => {
    const options = filterOptions(model);
    expect(options.assignees.map((a) => a.label)).toEqual(["Ada Lovelace", "Enterprise (team)", "Lin Chen", "Owner 1"]);
    expect(options.types.map((t) => t.label)).toEqual(["Calls", "Sales quota"]);
    expect(filterOptions(model)).toBe(options);
  });
});
