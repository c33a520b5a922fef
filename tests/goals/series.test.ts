import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { paceMarker, periodSeries } from "@/lib/goals/series";
import { MONTH_STARTS_2026, monthlySchedule } from "./fixtures";

const withActuals = (actuals: (string | null)[], overrides = {}) =>
  monthlySchedule({ goalId: "g", ...overrides }, ["100", "200", "300", "400"]).map((t, i) => ({ ...t, actual: actuals[i] ?? null }));

describe("periodSeries", () => {
  it("accumulates target and actual for SUM goals, stopping actuals at the last reported period", () => {
    const [goal] = groupGoals(withActuals(["90", null, "310", null]));
    expect(periodSeries(goal)).toEqual([
      { start: MONTH_STARTS_2026[0], end: MONTH_STARTS_2026[1], target: "100", actual: "90", cumulativeTarget: "100", cumulativeActual: "90" },
      { start: MONTH_STARTS_2026[1], end: MONTH_STARTS_2026[2], target: "200", actual: null, cumulativeTarget: "300", cumulativeActual: "90" },
      { start: MONTH_STARTS_2026[2], end: MONTH_STARTS_2026[3], target: "300", actual: "310", cumulativeTarget: "600", cumulativeActual: "400" },
      { start: MONTH_STARTS_2026[3], end: MONTH_STARTS_2026[4], target: "400", actual: null, cumulativeTarget: "1000", cumulativeActual: null },
    ]);
  });

  it("adds schedules period by period", () => {
    const [goal] = groupGoals([
      ...withActuals(["1.1"], { scheduleId: "a" }),
      ...withActuals(["2.2", "5"], { scheduleId: "b" }),
    ]);
    const series = periodSeries(goal);
    expect(series.map((p) => p.target)).toEqual(["200", "400", "600", "800"]);
    expect(series.map((p) => p.actual)).toEqual(["3.3", "5", null, null]);
    expect(series.map((p) => p.cumulativeActual)).toEqual(["3.3", "8.3", null, null]);
  });

  it("gives a schedule's own series", () => {
    const [goal] = groupGoals([...withActuals(["1"], { scheduleId: "a" }), ...withActuals(["2"], { scheduleId: "b" })]);
    expect(periodSeries(goal.schedules[1]).map((p) => p.actual)).toEqual(["2", null, null, null]);
  });

  it("never accumulates AVG goals and averages across schedules", () => {
    const avg = { metricType: "AVG" as const };
    const [goal] = groupGoals([
      ...withActuals(["10", "30"], { ...avg, scheduleId: "a" }),
      ...withActuals(["20"], { ...avg, scheduleId: "b" }),
    ]);
    const series = periodSeries(goal);
    expect(series.map((p) => p.target)).toEqual(["100", "200", "300", "400"]);
    expect(series.map((p) => p.actual)).toEqual(["15", "30", null, null]);
    expect(series.every((p) => p.cumulativeTarget === null && p.cumulativeActual === null)).toBe(true);
  });
});

describe("paceMarker", () => {
  it("sits on the cumulative pro-rated target at now", () => {
    const [goal] = groupGoals(withActuals([]));
    // Half of February (28 days) gone: January's 100 plus half of February's 200.
    expect(paceMarker(goal, "2026-02-15T00:00:00.000Z")).toEqual({ at: "2026-02-15T00:00:00.000Z", expected: "200" });
  });

  it("is the current period's target for AVG goals", () => {
    const [goal] = groupGoals(withActuals([], { metricType: "AVG" }));
    expect(paceMarker(goal, "2026-02-15T00:00:00.000Z")?.expected).toBe("200");
  });

  it("is null outside the goal's span", () => {
    const [goal] = groupGoals(withActuals([]));
    expect(paceMarker(goal, "2025-12-31T00:00:00Z")).toBeNull();
    expect(paceMarker(goal, MONTH_STARTS_2026[4])).toBeNull();
  });
});
