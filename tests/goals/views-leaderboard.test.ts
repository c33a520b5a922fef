import { describe, expect, it } from "vitest";
import { contendersOf, leaderboard, spanChoice } from "@/lib/goals/leaderboard";
import type { Target } from "@/lib/goals/model";
import { isAtRisk } from "@/lib/goals/at-risk";
import { leaderboardView, wallChoices } from "@/lib/goals/views/leaderboard";
import { leaderboardState } from "@/lib/goals/views/leaderboard-state";
import { modelOf } from "@/lib/goals/views/portal";
import { readState } from "@/lib/goals/views/state";
import { directoryIndex, portalData } from "./directory";
import { makeTarget, MONTH_STARTS_2026 } from "./fixtures";

const AT = Date.parse("2026-03-16T12:00:00Z");
const READY = { state: "ready" } as const;
const ADA = { kind: "owner", id: "100" } as const;
const LIN = { kind: "user", id: "777" } as const;

const month = (i: number, overrides: Partial<Target>) => makeTarget({ start: MONTH_STARTS_2026[i], end: MONTH_STARTS_2026[i + 1], ...overrides });

/** Revenue: Lin led February, Ada leads March. January push: the same type, ended in January. Calls: a team's goal starting in April. Old: ended in January. */
const targets = [
  month(1, { goalId: "rev", scheduleId: "r1", name: "Revenue", assignee: ADA, amount: "100", actual: "50" }),
  month(2, { goalId: "rev", scheduleId: "r1", name: "Revenue", assignee: ADA, amount: "100", actual: "80" }),
  month(1, { goalId: "rev", scheduleId: "r2", name: "Revenue", assignee: LIN, amount: "100", actual: "120" }),
  month(2, { goalId: "rev", scheduleId: "r2", name: "Revenue", assignee: LIN, amount: "100", actual: "30" }),
  month(0, { goalId: "push", scheduleId: "p1", name: "January push", assignee: ADA, amount: "100", actual: "100" }),
  month(3, { goalId: "calls", scheduleId: "c1", name: "Calls", goalType: "calls", unit: "count", currency: null, assignee: { kind: "team", id: "t2" } }),
  month(0, { goalId: "old", scheduleId: "o1", name: "Old", goalType: "old_type", assignee: ADA }),
];

const model = modelOf(portalData(targets));
const state = (raw: Record<string, string> = {}) => readState(leaderboardState, raw);

describe("the leaderboard view", () => {
  it("offers the goal types busiest first and ranks the busiest by default, with the standing model's figures", () => {
    const answer = leaderboardView(model, state(), AT, READY);
    expect(answer.types.map((t) => t.value)).toEqual(["sales_quota", "calls", "old_type"]);
    expect(answer.type).toBe("sales_quota");
    const people = answer.board!.people;
    expect(people.placings.map((p) => [p.contender.name, p.rank, p.movement])).toEqual([
      ["Ada Lovelace", 1, 1],
      ["Lin Chen", 2, -1],
    ]);
    // The same figures as lib/goals' leaderboard over the same targets.
    const revenue = targets.filter((t) => t.goalType === "sales_quota");
    const expected = leaderboard(contendersOf(revenue, directoryIndex), { now: AT, timeZone: "UTC" }, {
      by: "attainment",
      judgement: { metricType: "SUM", direction: "HIGHER_IS_BETTER" },
      select: spanChoice("period", "UTC", 0),
    });
    expect(people.placings.map((p) => p.score)).toEqual(expected.placings.map((p) => p.score));
    expect(people.placings.map((p) => p.atRisk)).toEqual(expected.placings.map((p) => isAtRisk(p.standing.projection, p.standing.direction, 0.9)));
    expect(people.placings.map((p) => p.atRisk)).toEqual([false, true]);
  });

  it("names the goals it ranks: those with a period in the span, not every goal of the type", () => {
    const running = leaderboardView(model, state(), AT, READY).board!;
    expect([running.span, running.goals.map((g) => g.name)]).toEqual(["period", ["Revenue"]]);
    const quarter = leaderboardView(model, state({ span: "quarter" }), AT, READY).board!;
    expect([quarter.span, quarter.goals.map((g) => g.name)]).toEqual(["quarter", ["January push", "Revenue"]]);
    const later = leaderboardView(model, state(), Date.parse("2026-05-16T12:00:00Z"), READY).board!;
    expect(later.goals).toEqual([]);
  });

  it("judges at risk at the URL's threshold and sends who and their figures, never their targets", () => {
    const answer = leaderboardView(model, state({ risk: "50" }), AT, READY);
    expect(answer.board!.people.threshold).toBe(0.5);
    expect(answer.board!.people.placings.every((p) => !p.atRisk)).toBe(true);
    const text = JSON.stringify(answer);
    expect(text).not.toContain('"targets"');
    expect(text).not.toContain('"covered"');
  });

  it("ranks by pace, keeps a team's people only, and reads an unknown type or team as the defaults", () => {
    expect(leaderboardView(model, state({ rank: "pace" }), AT, READY).board!.people.by).toBe("pace");
    const emea = leaderboardView(model, state({ team: "t1" }), AT, READY);
    expect(emea.team).toBe("t1");
    expect(emea.board!.people.placings.map((p) => p.contender.name)).toEqual(["Ada Lovelace"]);
    const unknown = leaderboardView(model, state({ type: "nope", team: "nope" }), AT, READY);
    expect([unknown.type, unknown.team]).toEqual(["sales_quota", null]);
  });

  it("gives each person's attainment per finished month", () => {
    const history = leaderboardView(model, state({ last: "3" }), AT, READY).board!.history.people;
    expect(history.columns.map((c) => new Date(c.start).toISOString().slice(0, 7))).toEqual(["2025-12", "2026-01", "2026-02"]);
    const lin = history.rows.find((r) => r.contender.name === "Lin Chen")!;
    expect(lin.cells.map((c) => c?.attainmentToDate ?? null)).toEqual([null, null, 1.2]);
    expect([lin.hits, lin.results]).toEqual([1, 1]);
  });

  it("ranks nothing while the portal is still loading", () => {
    const answer = leaderboardView(model, state(), AT, { state: "loading", loaded: 3, total: 6, goalsReady: 1 });
    expect(answer.board).toBeNull();
    expect(answer.load.state).toBe("loading");
  });
});

describe("the wallboard's choices", () => {
  it("lists the live goals, running or upcoming, and the goal types", () => {
    const choices = wallChoices(model, AT, READY);
    expect(choices.goals).toEqual([
      { id: "calls", name: "Calls", running: false },
      { id: "rev", name: "Revenue", running: true },
    ]);
    expect(choices.types.map((t) => t.label)).toEqual(["Sales quota", "Calls", "Old type"]);
  });
});
