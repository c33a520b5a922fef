import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterGoals, filterTargets } from "@/lib/goals/filters";
import type { Target } from "@/lib/goals/model";
import { goalRows, targetRow, targetRows } from "@/lib/goals/rows";
import { GOAL_SORT_KEYS, sortGoals, sortTargets, TARGET_SORT_KEYS } from "@/lib/goals/sort";
import { goalListView } from "@/lib/goals/views/goal-list";
import { extendArrived, goalsCompleteSoFar, modelOf, NOTHING_ARRIVED, phaseOf, targetRowAt } from "@/lib/goals/views/portal";
import { filtersOf, goalListState, readState, targetListState } from "@/lib/goals/views/state";
import { targetListView } from "@/lib/goals/views/target-list";
import { directory, portalData } from "./directory";
import { monthlySchedule } from "./fixtures";

/**
 * The list views order a portal once per model by every key no moment changes and judge only the
 * window's rows. Whatever the portal, filter, key and direction, the window must be exactly what
 * judging every row and sorting them all gives.
 */

/**
 * One model asked at two moments, as the server's held portal is: an order remembered at the
 * first and reused at the second is caught wherever a sort key or filter depends on the moment.
 * The schedules run January to April, so by June every period has ended and the figures differ.
 */
const MOMENTS = [Date.parse("2026-02-16T12:00:00Z"), Date.parse("2026-06-16T12:00:00Z")];
const NAMES = ["Alpha revenue", "alpha Revenue", "Beta calls", "Zeta", "Ärger revenue", "10 deals", "9 deals"];
const ASSIGNEES = [
  { kind: "owner", id: "100" },
  { kind: "user", id: "777" },
  { kind: "team", id: "t2" },
  { kind: "none", id: "" },
] as const;

const schedule = fc.record({
  goal: fc.integer({ min: 0, max: 5 }),
  name: fc.constantFrom(...NAMES),
  assignee: fc.constantFrom(...ASSIGNEES),
  amounts: fc.array(fc.constantFrom("10", "100", "55.5", "0"), { minLength: 1, maxLength: 4 }),
  actuals: fc.array(fc.option(fc.constantFrom("5", "100", "0"), { nil: null }), { minLength: 4, maxLength: 4 }),
  goalType: fc.constantFrom("sales_quota", "calls", null),
});

function portalOf(schedules: (typeof schedule extends fc.Arbitrary<infer T> ? T : never)[]) {
  const targets: Target[] = schedules.flatMap((s, i) =>
    monthlySchedule({ goalId: `g${s.goal}`, scheduleId: `s${i}`, name: s.name, assignee: { ...s.assignee } as Target["assignee"], goalType: s.goalType }, s.amounts).map((t, n) => ({
      ...t,
      actual: s.actuals[n],
    })),
  );
  return modelOf(portalData(targets));
}

const filters = fc.constantFrom<Record<string, string>>({}, { q: "revenue" }, { status: "active" }, { assignee: "owner:100" }, { type: "calls" });
const READY = { state: "ready" } as const;

describe("ordered once, judged per window", () => {
  it("/targets shows the same window as judging and sorting every target, at each moment in turn", () => {
    fc.assert(
      fc.property(fc.array(schedule, { minLength: 1, maxLength: 8 }), fc.constantFrom(...TARGET_SORT_KEYS), fc.constantFrom("asc", "desc"), filters, fc.nat(6), (schedules, sort, dir, raw, offset) => {
        const model = portalOf(schedules);
        const state = readState(targetListState, { ...raw, sort, dir });
        for (const at of MOMENTS) {
          const context = { now: at, timeZone: "UTC", directory: model.index };
          const matching = filterTargets(model.targets, filtersOf(state), { now: at, directoryIndex: model.index, timeZone: "UTC" });
          const expected = sortTargets(targetRows(matching, context), sort, dir).slice(offset, offset + 5);
          const answer = targetListView(model, state, { offset, limit: 5 }, at, READY);
          expect(answer.items.map((item) => item.target.id)).toEqual(expected.map((row) => row.target.id));
          expect(answer.items.map((item) => item.figures.attainmentToDate)).toEqual(expected.map((row) => row.standing.attainmentToDate));
          expect(answer.shown).toBe(matching.length);
        }
      }),
    );
  });

  it("/goals shows the same window as judging and sorting every goal, at each moment in turn", () => {
    fc.assert(
      fc.property(fc.array(schedule, { minLength: 1, maxLength: 8 }), fc.constantFrom(...GOAL_SORT_KEYS), fc.constantFrom("asc", "desc"), filters, fc.nat(3), (schedules, sort, dir, raw, offset) => {
        const model = portalOf(schedules);
        const state = readState(goalListState, { ...raw, sort, dir });
        for (const at of MOMENTS) {
          const context = { now: at, timeZone: "UTC", directory: model.index };
          const matching = filterGoals(model.goals, filtersOf(state), { now: at, directoryIndex: model.index, timeZone: "UTC" });
          const expected = sortGoals(goalRows(matching, context), sort, dir).slice(offset, offset + 3);
          const answer = goalListView(model, state, { offset, limit: 3 }, at, READY);
          expect(answer.items.map((item) => item.kind === "goal" && item.id)).toEqual(expected.map((row) => row.goal.id));
          expect(answer.items.map((item) => item.figures.status)).toEqual(expected.map((row) => row.standing.status));
          expect(answer.shown).toBe(matching.length);
        }
      }),
    );
  });
});

describe("a target's row outside its period", () => {
  const DAY = 86_400_000;
  const target = fc.record({
    startDay: fc.integer({ min: 0, max: 400 }),
    days: fc.integer({ min: 1, max: 120 }),
    amount: fc.constantFrom("10", "1000", "55.25"),
    actual: fc.option(fc.constantFrom("0", "5", "2000"), { nil: null }),
    metricType: fc.constantFrom("SUM" as const, "AVG" as const),
    direction: fc.constantFrom("HIGHER_IS_BETTER" as const, "LOWER_IS_BETTER" as const),
    zone: fc.constantFrom("UTC", "America/New_York", "Asia/Kolkata"),
  });

  it("is the same at any two moments before it starts, or after it ends, as judging it afresh", () => {
    fc.assert(
      fc.property(target, fc.boolean(), fc.nat(90 * DAY), fc.nat(90 * DAY), (t, before, a, b) => {
        const base = Date.UTC(2026, 0, 1) + t.startDay * DAY;
        const [made] = monthlySchedule({ start: new Date(base).toISOString(), end: new Date(base + t.days * DAY).toISOString(), amount: t.amount, actual: t.actual, metricType: t.metricType, direction: t.direction }, [t.amount]);
        const subject = { ...made, start: new Date(base).toISOString(), end: new Date(base + t.days * DAY).toISOString() };
        const edge = before ? base - 2 * DAY : base + (t.days + 2) * DAY;
        const [first, second] = before ? [edge - a, edge - b] : [edge + a, edge + b];
        const context = (at: number) => ({ now: at, timeZone: t.zone, directory: directory });
        expect(phaseOf(subject, first, t.zone)).toBe(before ? -1 : 1);
        targetRowAt(subject, context(first));
        expect(targetRowAt(subject, context(second))).toEqual(targetRow(subject, context(second)));
      }),
    );
  });

  it("is judged again at every moment while its period runs", () => {
    const [running] = monthlySchedule({ actual: "500" }, ["1000"]);
    const context = (day: number) => ({ now: Date.parse("2026-01-01T00:00:00Z") + day * DAY, timeZone: "UTC", directory });
    expect(phaseOf(running, Number(context(10).now), "UTC")).toBe(0);
    expect(targetRowAt(running, context(10)).standing.expectedByToday).not.toBe(targetRowAt(running, context(20)).standing.expectedByToday);
  });
});

describe("the goals a running load has whole", () => {
  it("extended page by page, are the goals complete in everything arrived", () => {
    const goal = fc.record({ id: fc.integer({ min: 0, max: 6 }), targets: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(goal, { minLength: 1, maxLength: 10 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }), (goals, pages) => {
        // Goals arrive one after another; an id met again stands for targets out of goal order.
        const targets = goals.flatMap((g, n) => monthlySchedule({ goalId: `g${g.id}`, scheduleId: `s${n}`, name: `Goal ${g.id}` }, Array(g.targets).fill("10")));
        let arrived = NOTHING_ARRIVED;
        let at = 0;
        for (const size of [...pages, targets.length]) {
          const before = arrived.complete;
          arrived = extendArrived(arrived, targets.slice(at, at + size));
          at = Math.min(targets.length, at + size);
          const goalsOf = (list: readonly { id: string; targetCount: number }[]) => list.map((g) => `${g.id}:${g.targetCount}`).sort();
          expect(goalsOf(arrived.complete)).toEqual(goalsOf(goalsCompleteSoFar(targets.slice(0, at))));
          // What a reader saw stays first, unless ids came out of goal order.
          if (!arrived.scattered) expect(arrived.complete.slice(0, before.length)).toEqual(before);
        }
      }),
    );
  });

  it("read from both ends at once, are the goals complete in everything arrived but the one arriving at each end", () => {
    const goal = fc.record({ id: fc.integer({ min: 0, max: 6 }), targets: fc.integer({ min: 1, max: 5 }) });
    const page = fc.record({ end: fc.constantFrom("low" as const, "high" as const), size: fc.integer({ min: 1, max: 7 }) });
    fc.assert(
      fc.property(fc.array(goal, { minLength: 1, maxLength: 10 }), fc.array(page, { minLength: 1, maxLength: 20 }), (goals, pages) => {
        const targets = goals.flatMap((g, n) => monthlySchedule({ goalId: `g${g.id}`, scheduleId: `s${n}`, name: `Goal ${g.id}` }, Array(g.targets).fill("10")));
        let arrived = NOTHING_ARRIVED;
        // The low end has read targets[0, low), the high end targets[high, length), last first.
        let low = 0;
        let high = targets.length;
        for (const { end, size } of pages) {
          const before = arrived.complete;
          const taken = Math.min(size, high - low);
          const added = end === "low" ? targets.slice(low, low + taken) : targets.slice(high - taken, high).reverse();
          if (end === "low") low += taken;
          else high -= taken;
          arrived = extendArrived(arrived, added, end);
          const received = [...targets.slice(0, low), ...targets.slice(high)];
          const goalsOf = (list: readonly { id: string; targetCount: number }[]) => list.map((g) => `${g.id}:${g.targetCount}`).sort();
          expect(goalsOf(arrived.complete)).toEqual(goalsOf(goalsCompleteSoFar(received, [arrived.last.low, arrived.last.high])));
          expect(arrived.last).toEqual({ low: low > 0 ? targets[low - 1].goalId : undefined, high: high < targets.length ? targets[high].goalId : undefined });
          if (!arrived.scattered) expect(arrived.complete.slice(0, before.length)).toEqual(before);
        }
      }),
    );
  });
});
