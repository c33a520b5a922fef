import { describe, expect, it } from "vitest";
import { formatPeriod } from "@/lib/goals/format";
import { groupGoals } from "@/lib/goals/group";
import { goalPace, paceOf, schedulePace } from "@/lib/goals/pace";
import { paceMarker, periodSeries } from "@/lib/goals/series";
import { MONTH_STARTS_2026, monthlySchedule } from "./fixtures";

/** What the goal page shows per assignee and for the whole goal, judged the right way round. */
const midMarch = "2026-03-16T12:00:00.000Z"; // Jan and Feb over, half of March gone
const withActuals = (scheduleId: string, actuals: (string | null)[], overrides = {}) =>
  monthlySchedule({ goalId: "g", scheduleId, ...overrides }, ["100", "100", "100", "100"]).map((t, i) => ({ ...t, actual: actuals[i] ?? null }));

describe("LOWER_IS_BETTER at goal and assignee level", () => {
  const lower = { direction: "LOWER_IS_BETTER" as const };

  it("calls a SUM goal that stays under its pro-rated target ahead, and one over it behind", () => {
    // Expected by mid-March over the reported periods: 100 + 100 (March reports nothing yet).
    const [under] = groupGoals(withActuals("a", ["60", "70"], lower));
    const [over] = groupGoals(withActuals("a", ["140", "150"], lower));
    expect(goalPace(under, midMarch)).toMatchObject({ expected: "200", actual: "130", status: "ahead" });
    expect(goalPace(over, midMarch)).toMatchObject({ actual: "290", status: "behind" });
  });

  it("judges an AVG response-time goal per assignee: lower than the target is ahead", () => {
    const avg = { ...lower, metricType: "AVG" as const, unit: "duration" as const };
    const [goal] = groupGoals([...withActuals("fast", ["80", "70"], avg), ...withActuals("slow", ["130", "150"], avg)]);
    const [fast, slow] = goal.schedules;
    expect(schedulePace(fast, midMarch)).toMatchObject({ actual: "70", status: "ahead", attainment: 0.7 });
    expect(schedulePace(slow, midMarch)).toMatchObject({ actual: "150", status: "behind", attainment: 1.5 });
    // The goal: mean of each assignee's latest reported period (70 and 150) against 100.
    expect(goalPace(goal, midMarch)).toMatchObject({ actual: "110", target: "100", status: "behind" });
    // The chart's today point is the current target, not a running total.
    expect(paceMarker(goal, midMarch)?.expected).toBe("100");
    expect(periodSeries(goal).every((p) => p.cumulativeTarget === null && p.cumulativeActual === null)).toBe(true);
  });
});

describe("missing progress", () => {
  const [goal] = groupGoals([...withActuals("reported", ["100", "90"]), ...withActuals("silent", [])]);
  const [reported, silent] = goal.schedules;

  it("is no_data with no attainment for an assignee HubSpot has nothing for, never 0%", () => {
    expect(schedulePace(silent, midMarch)).toMatchObject({ actual: null, attainment: null, status: "no_data" });
    expect(paceOf(silent.targets.slice(0, 1), midMarch)).toMatchObject({ actual: null, attainment: null, status: "no_data" });
  });

  it("leaves the silent assignee out of the goal's judgement instead of counting zero", () => {
    // Judged: 190 against the 200 expected of the reported periods: on pace, not behind.
    expect(goalPace(goal, midMarch)).toMatchObject({ actual: "190", status: "on_pace" });
    expect(schedulePace(reported, midMarch).status).toBe("on_pace");
  });

  it("shows the expected value and attainment of the same periods it judges, and says what it left out", () => {
    const pace = goalPace(goal, midMarch);
    // Not 200 + the silent assignee's 250: the figure next to "On pace" must support it.
    expect(pace.expected).toBe("200");
    // Against the reported assignee's 400, not the goal's 800.
    expect(pace.attainment).toBeCloseTo(190 / 400, 12);
    expect(pace.target).toBe("800");
    // The silent assignee, and March of the reported one.
    expect(pace.unreported).toEqual({ schedules: 1, periods: 1 });
  });

  it("keeps a period without any reported value null in the series", () => {
    const [onlySilent] = groupGoals(withActuals("silent", []));
    expect(periodSeries(onlySilent).map((p) => [p.actual, p.cumulativeActual])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe("formatPeriod", () => {
  it("uses plain spaces around the dash, so server and browser ICU versions print the same text", () => {
    const text = formatPeriod(MONTH_STARTS_2026[0], MONTH_STARTS_2026[1], "UTC", "en-US");
    expect(text).toBe("Jan 1 – 31, 2026");
    expect(text).not.toMatch(/[\u2009\u202f]/);
  });
});
