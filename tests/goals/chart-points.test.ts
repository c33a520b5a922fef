import { describe, expect, it } from "vitest";
import { chartModel } from "@/components/charts/chart-points";
import { groupGoals } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { paceMarker, periodSeries } from "@/lib/goals/series";
import { MONTH_STARTS_2026, monthlySchedule } from "./fixtures";

const ms = (iso: string) => Date.parse(iso);
const midFebruary = ms("2026-02-15T00:00:00.000Z");

function modelOf(targets: Target[], now: number, extra: { highlight?: { start: string; end: string }; unitDivisor?: number } = {}) {
  const [goal] = groupGoals(targets);
  return chartModel({ series: periodSeries(goal), marker: paceMarker(goal, now), now, averaged: goal.metricType === "AVG", ...extra });
}

const quarter = (actuals: (string | null)[], overrides: Partial<Target> = {}) =>
  monthlySchedule({ goalId: "g", ...overrides }, ["100", "200", "300"]).map((t, i) => ({ ...t, actual: actuals[i] ?? null }));

describe("chartModel for SUM goals", () => {
  it("has one bar point per period, in the middle of it", () => {
    const model = modelOf(quarter([]), midFebruary);
    const bars = model.points.filter((p) => p.kind === "period");
    expect(bars.map((p) => p.target)).toEqual([100, 200, 300]);
    expect(bars[0].x).toBe((ms(MONTH_STARTS_2026[0]) + ms(MONTH_STARTS_2026[1])) / 2);
    expect(model.domain).toEqual([ms(MONTH_STARTS_2026[0]), ms(MONTH_STARTS_2026[3])]);
    expect(model.ticks).toEqual(MONTH_STARTS_2026.slice(0, 3).map(ms));
  });

  it("draws the cumulative target through period edges, from zero", () => {
    const edges = modelOf(quarter([]), midFebruary).points.filter((p) => p.kind === "edge");
    expect(edges.map((p) => [p.x, p.cumulativeTarget])).toEqual([
      [ms(MONTH_STARTS_2026[0]), 0],
      [ms(MONTH_STARTS_2026[1]), 100],
      [ms(MONTH_STARTS_2026[2]), 300],
      [ms(MONTH_STARTS_2026[3]), 600],
    ]);
  });

  it("puts today's pace point on the cumulative target line", () => {
    const model = modelOf(quarter([]), midFebruary);
    // January's 100 plus half of February's 200, exactly where the line between edges passes.
    expect(model.today).toEqual({ x: midFebruary, expected: 200 });
  });

  it("ends the cumulative actual today inside a running period, not at the period's end", () => {
    const model = modelOf(quarter(["90", "50"]), midFebruary);
    const actual = model.points.filter((p) => p.cumulativeActual !== undefined).map((p) => [p.kind, p.x, p.cumulativeActual]);
    expect(actual).toEqual([
      ["edge", ms(MONTH_STARTS_2026[0]), 0],
      ["edge", ms(MONTH_STARTS_2026[1]), 90],
      ["now", midFebruary, 140],
    ]);
    expect(model.hasActual).toBe(true);
  });

  it("has no actual line at all without progress data, rather than a line at zero", () => {
    const model = modelOf(quarter([]), midFebruary);
    expect(model.hasActual).toBe(false);
    expect(model.points.every((p) => p.cumulativeActual === undefined)).toBe(true);
  });

  it("has no today marker outside the periods shown", () => {
    expect(modelOf(quarter([]), ms("2026-06-01T00:00:00.000Z")).today).toBeNull();
    expect(modelOf(quarter([]), ms("2025-06-01T00:00:00.000Z")).today).toBeNull();
  });

  it("restarts the lines after a gap between periods", () => {
    const [jan, , mar] = quarter(["10", null, "30"]);
    const model = modelOf([jan, mar], ms("2026-06-01T00:00:00.000Z"));
    const marchStart = model.points.find((p) => p.kind === "edge" && p.x === ms(MONTH_STARTS_2026[2]));
    expect(marchStart).toMatchObject({ cumulativeTarget: 100, cumulativeActual: 10 });
    expect(model.points.filter((p) => p.kind === "period")).toHaveLength(2);
  });

  it("marks the highlighted period only", () => {
    const model = modelOf(quarter([]), midFebruary, { highlight: { start: MONTH_STARTS_2026[1], end: MONTH_STARTS_2026[2] } });
    expect(model.points.filter((p) => p.kind === "period").map((p) => p.highlighted)).toEqual([false, true, false]);
  });
});

describe("chartModel for AVG goals (lower is better)", () => {
  const avg = { metricType: "AVG" as const, direction: "LOWER_IS_BETTER" as const, unit: "duration" as const };
  const hours = (n: number) => String(n * 3_600_000);
  const responseTimes = () =>
    monthlySchedule({ goalId: "g", ...avg }, [hours(6), hours(5), hours(4)]).map((t, i) => ({ ...t, actual: [hours(4.5), null, null][i] }));

  it("never accumulates and plots each period's actual next to its target", () => {
    const model = modelOf(responseTimes(), midFebruary);
    expect(model.cumulative).toBe(false);
    expect(model.points.every((p) => p.kind === "period" && p.cumulativeTarget === undefined && p.cumulativeActual === undefined)).toBe(true);
    expect(model.points.map((p) => p.actual)).toEqual([4.5 * 3_600_000, undefined, undefined]);
  });

  it("places today's point on the current period's target, not on a running total", () => {
    expect(modelOf(responseTimes(), midFebruary).today).toEqual({ x: midFebruary, expected: 5 * 3_600_000 });
  });

  it("scales values into the unit the axis shows", () => {
    const model = modelOf(responseTimes(), midFebruary, { unitDivisor: 3_600_000 });
    expect(model.points.map((p) => p.target)).toEqual([6, 5, 4]);
    expect(model.points[0].actual).toBe(4.5);
    expect(model.today?.expected).toBe(5);
  });
});

describe("chartModel with no periods", () => {
  it("is empty", () => {
    expect(chartModel({ series: [], marker: null, now: midFebruary, averaged: false })).toMatchObject({ points: [], today: null, hasActual: false });
  });
});
