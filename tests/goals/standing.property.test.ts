import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexDirectory } from "@/lib/goals/assignees";
import { bucketBoundaries, bucketTargets } from "@/lib/goals/buckets";
import { chartModel } from "@/lib/goals/chart";
import { compare, ratio, sum, toNumber } from "@/lib/goals/decimal";
import { barFill } from "@/lib/goals/figures";
import { formatPercentWithin, percentBounds } from "@/lib/goals/format";
import { assigneesOf, dayRange, goalView } from "@/lib/goals/goal-view";
import { groupGoals } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { toTarget } from "@/lib/goals/parse-target";
import { goalRow } from "@/lib/goals/rows";
import { periodOf, type Standing, standingOf } from "@/lib/goals/standing";

/**
 * The standing model's promises, checked over generated portals: sum and average goals, higher and
 * lower is better, progress missing anywhere, period ends written as `.999Z` or as the next start,
 * portal zones east and west of UTC, and "now" before, inside and after the goal.
 */

const ZONES = ["UTC", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland"];
const DAY = 86_400_000;
const directory = indexDirectory({ owners: [], users: [], teams: [] });

interface Portal {
  targets: Target[];
  timeZone: string;
  now: number;
}

const amount = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2)) },
  { weight: 1, arbitrary: fc.constant("0") },
);

/** One goal family as HubSpot records, parsed the way the gateway parses them. */
const portal: fc.Arbitrary<Portal> = fc
  .record({
    metric: fc.constantFrom("SUM", "AVG"),
    direction: fc.constantFrom("HIGHER_IS_BETTER", "LOWER_IS_BETTER"),
    cadence: fc.constantFrom("weekly", "monthly", "quarterly"),
    firstMonth: fc.integer({ min: 0, max: 23 }),
    periods: fc.integer({ min: 1, max: 6 }),
    inclusiveEnds: fc.boolean(),
    timeZone: fc.constantFrom(...ZONES),
    schedules: fc.array(
      fc.record({
        // How this assignee reports: every started period, some, or never.
        reporting: fc.constantFrom("all", "some", "none"),
        skip: fc.integer({ min: 0, max: 3 }),
        cells: fc.array(fc.record({ amount, ratio: fc.double({ min: 0, max: 1.6, noNaN: true }), missing: fc.boolean() }), { minLength: 6, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    nowPick: fc.oneof(fc.double({ min: -0.3, max: 1.3, noNaN: true }), fc.constantFrom(0, 1, 0.5)),
  })
  .map(({ metric, direction, cadence, firstMonth, periods, inclusiveEnds, timeZone, schedules, nowPick }) => {
    const bounds = Array.from({ length: periods + 1 }, (_, i) =>
      cadence === "weekly" ? Date.UTC(2026, 0, 5) + (firstMonth * 7 + i * 7) * DAY : Date.UTC(2025, firstMonth + i * (cadence === "monthly" ? 1 : 3), 1),
    );
    const first = bounds[0];
    const last = bounds[periods];
    const now = Math.round(first + nowPick * (last - first));
    const records = schedules.flatMap((schedule, s) =>
      Array.from({ length: periods - Math.min(schedule.skip, periods - 1) }, (_, p) => {
        const cell = schedule.cells[p];
        const started = bounds[p] <= now + DAY; // near enough: the model decides what has started
        const reports = schedule.reporting === "all" || (schedule.reporting === "some" && !cell.missing);
        const value = reports && started ? (Number(cell.amount) * cell.ratio).toFixed(2) : null;
        return {
          id: String(1_000_000 + s * 100 + p),
          properties: {
            hs_goal_name: "Generated",
            hs_group_correlation_uuid: "0b6c1a4e-1111-4222-8333-944455556666",
            hs_goal_target_group_id: String(900 + s),
            hubspot_owner_id: String(100 + s),
            hs_start_datetime: new Date(bounds[p]).toISOString(),
            hs_end_datetime: new Date(bounds[p + 1] - (inclusiveEnds ? 1 : 0)).toISOString(),
            hs_target_amount: cell.amount,
            hs_kpi_value: value,
            hs_kpi_metric_type: metric,
            hs_kpi_tracking_method: direction,
            hs_milestone: cadence,
          },
          createdAt: "2024-12-01T00:00:00.000Z",
          updatedAt: "2024-12-01T00:00:00.000Z",
        };
      }),
    );
    return { targets: records.map(toTarget), timeZone, now };
  });

const RUNS = { numRuns: 500 };
const context = (p: Portal) => ({ now: p.now, timeZone: p.timeZone });
/** The percentage text a manager reads, as a number of percent. */
const shownPercent = (text: string) => Number(text.replace(/[%,]/g, ""));

describe("the standing model over generated portals", () => {
  it("adds the assignees' targets up to the goal's total", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const [goal] = groupGoals(p.targets);
        const whole = standingOf(p.targets, context(p));
        const parts = goal.schedules.map((s) => standingOf(s.targets, context(p)));
        if (whole.metricType === "SUM") expect(compare(sum(parts.map((s) => s.target as string)), whole.target as string)).toBe(0);
        else {
          const weighted = parts.reduce((n, s) => n + toNumber(s.target as string) * s.periods, 0) / whole.periods;
          expect(weighted).toBeCloseTo(toNumber(whole.target as string), 6);
        }
        expect(goal.totalAmount).toBe(whole.target);
      }),
      RUNS,
    );
  });

  it("puts the chart's expected by today exactly where the cards put it, over the same periods", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const standing = standingOf(p.targets, context(p));
        const chart = chartModel(standing, context(p));
        if (chart.today === null) return;
        expect(chart.today.expected).toBe(toNumber(standing.expectedByToday as string));
        if (standing.metricType !== "SUM") return;
        // The cumulative target line passes through the pace point, and the actual line ends at the actual.
        const now = chart.points.filter((pt) => pt.x === p.now && pt.cumulativeTarget !== undefined);
        expect(now.length).toBeGreaterThan(0);
        for (const point of now) expect(point.cumulativeTarget).toBeCloseTo(chart.today.expected, 6);
        const lastActual = chart.points.filter((pt) => pt.cumulativeActual !== undefined).at(-1);
        if (standing.actual !== null) expect(lastActual?.cumulativeActual).toBeCloseTo(toNumber(standing.actual), 6);
      }),
      RUNS,
    );
  });

  it("never draws an actual past today, and marks one that is still running", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const standing = standingOf(p.targets, context(p));
        const chart = chartModel(standing, context(p));
        for (const point of chart.points) {
          if (point.actual !== undefined || point.actualToDate !== undefined || point.cumulativeActual !== undefined) expect(point.x).toBeLessThanOrEqual(p.now);
        }
        const running = standing.covered.some((t) => t.actual !== null && periodOf(t, p.timeZone).start <= p.now && p.now < periodOf(t, p.timeZone).end);
        expect(standing.actualToDate).toBe(running);
        expect(chart.actualToDate).toBe(running);
      }),
      RUNS,
    );
  });

  it("shows no percentage that contradicts the pace or outcome beside it", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const standing = standingOf(p.targets, context(p));
        for (const ratio of [standing.attainmentToDate, standing.outcome ? standing.progressTowardTotal : null]) {
          if (ratio === null) continue;
          const shown = shownPercent(formatPercentWithin(ratio, percentBounds(standing), "en-US"));
          expect(consistent(shown, standing), `${shown}% beside ${standing.status}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never rounds a percentage across the line its verdict draws, however close it comes", () => {
    const nearLines = fc.oneof(...[0.95, 1, 1.05].map((line) => fc.double({ min: line - 0.002, max: line + 0.002, noNaN: true })));
    fc.assert(
      fc.property(nearLines, fc.constantFrom("HIGHER_IS_BETTER", "LOWER_IS_BETTER"), fc.constantFrom("SUM", "AVG"), fc.boolean(), (ratio, direction, metricType, over) => {
        const lower = direction === "LOWER_IS_BETTER";
        const reached = lower ? ratio <= 1 : ratio >= 1;
        // The verdict the model gives an average goal's ratio, or a finished goal's outcome.
        const pace = ratio > 1.05 ? (lower ? "behind" : "ahead") : ratio < 0.95 ? (lower ? "ahead" : "behind") : "on_pace";
        const status = over ? (reached ? "achieved" : "missed") : metricType === "AVG" ? pace : "no_data";
        const standing = { status, direction, metricType } as Standing;
        const shown = shownPercent(formatPercentWithin(ratio, percentBounds(standing), "en-US"));
        expect(consistent(shown, standing), `${ratio} shown as ${shown}% beside ${status}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("fills bars the right way: full only when the target is met, whichever way is better", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const standing = standingOf(p.targets, context(p));
        if (standing.attainmentToDate === null) return;
        const fill = barFill(standing.attainmentToDate, standing.direction);
        expect(fill).toBeGreaterThanOrEqual(0);
        expect(fill).toBeLessThanOrEqual(1);
        if (standing.outcome === "missed") expect(fill).toBeLessThan(1);
        if (standing.outcome === "achieved") expect(fill).toBe(1);
      }),
      RUNS,
    );
  });

  it("computes every ratio from the figures beside it, and leaves out exactly the unreported", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const s = standingOf(p.targets, context(p));
        const started = (t: Target) => periodOf(t, p.timeZone).start <= p.now;
        if (s.actual !== null) {
          expect(s.attainmentToDate).toBe(s.startedTarget === null ? null : ratio(s.actual, s.startedTarget));
          if (s.metricType === "SUM") expect(s.progressTowardTotal).toBe(s.coveredTarget === null ? null : ratio(s.actual, s.coveredTarget));
          // Every started period the figures cover has a value; nothing with a value is left out.
          expect(s.covered.filter(started).every((t) => t.actual !== null)).toBe(true);
          const coveredIds = new Set(s.covered.map((t) => t.id));
          expect(p.targets.filter((t) => started(t) && t.actual !== null).every((t) => coveredIds.has(t.id))).toBe(true);
        } else {
          expect([s.attainmentToDate, s.progressTowardTotal, s.pace, s.outcome]).toEqual([null, null, null, null]);
        }
        expect(s.status === "not_started").toBe(!p.targets.some(started));
        const over = p.targets.every((t) => periodOf(t, p.timeZone).end <= p.now);
        expect(s.outcome !== null).toBe(over && s.actual !== null);
        expect(s.pace !== null).toBe(!over && s.actual !== null);
      }),
      RUNS,
    );
  });

  it("gives the goal list, the goal page and its assignee tables the same figures", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const [goal] = groupGoals(p.targets);
        const row = goalRow(goal, { ...context(p), directory });
        const view = goalView(goal, assigneesOf(goal, directory), { assignee: null, range: dayRange(null, null, p.timeZone) }, context(p));
        expect(figures(view.standing)).toEqual(figures(row.standing));
        for (const group of view.groups) {
          const schedule = goal.schedules.find((s) => s.targets.some((t) => t.id === group.periods[0].target.id))!;
          expect(figures(group.standing)).toEqual(figures(standingOf(schedule.targets, context(p))));
        }
      }),
      RUNS,
    );
  });

  it("spreads a sum goal's total over timeline periods without losing or adding any of it", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const standing = standingOf(p.targets, context(p));
        if (standing.metricType !== "SUM") return;
        const [goal] = groupGoals(p.targets);
        const buckets = bucketBoundaries({ start: goal.start, end: goal.end }, "month", p.timeZone);
        const [row] = bucketTargets(p.targets, buckets, () => "all");
        expect(compare(row.total.target as string, standing.target as string)).toBe(0);
        expect(compare(sum(row.cells.map((c) => c.target ?? "0")), standing.target as string)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the projection over generated portals", () => {
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

  it("exists exactly while there is a pace and a run rate to go on", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const s = standingOf(p.targets, context(p));
        const rate = s.metricType === "AVG" || (s.expectedByToday !== null && compare(s.expectedByToday, "0") !== 0);
        // A pace can stand on the periods still to come of an assignee the figures leave out.
        const ahead = s.covered.some((t) => periodOf(t, p.timeZone).end > p.now);
        expect(s.projection !== null).toBe(s.pace !== null && rate && ahead);
      }),
      RUNS,
    );
  });

  it("projects a sum goal's actual by the elapsed share of its plan, and an average goal's as it stands", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const s = standingOf(p.targets, context(p));
        const projection = s.projection;
        if (projection === null) return;
        const value = toNumber(projection.value);
        if (s.metricType === "AVG") {
          expect(projection.value).toBe(s.actual);
          expect(projection.toGo).toBeNull();
        } else {
          const share = toNumber(s.expectedByToday!) / toNumber(s.coveredTarget!);
          close(value, toNumber(s.actual!) / share);
          if (projection.attainment !== null) close(projection.attainment, s.percentOfExpected!);
          close(toNumber(projection.toGo!) + toNumber(s.actual!), toNumber(s.coveredTarget!));
          if (projection.neededPerDay !== null) close((toNumber(projection.neededPerDay) * projection.remainingMs) / DAY, toNumber(projection.toGo!));
        }
        close(toNumber(projection.gap), value - toNumber(s.coveredTarget!));
        if (projection.range) {
          expect(compare(projection.range.low, projection.value)).toBeLessThanOrEqual(0);
          expect(compare(projection.range.high, projection.value)).toBeGreaterThanOrEqual(0);
          expect(compare(projection.range.low, projection.range.high)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it("gives one running period actual ÷ the share of its time that has passed", () => {
    fc.assert(
      fc.property(portal, (p) => {
        for (const target of p.targets) {
          const s = standingOf([target], context(p));
          if (s.projection === null || s.metricType === "AVG") continue;
          const { start, end } = periodOf(target, p.timeZone);
          close(toNumber(s.projection.value), Number(target.actual) / ((p.now - start) / (end - start)));
          expect(s.projection.end).toBe(end);
        }
      }),
      RUNS,
    );
  });

  it("draws the projected line from today's actual to the projection at the last period's end", () => {
    fc.assert(
      fc.property(portal, (p) => {
        const s = standingOf(p.targets, context(p));
        const chart = chartModel(s, context(p));
        if (s.projection === null) {
          expect(chart.points.some((pt) => pt.projected !== undefined)).toBe(false);
          return;
        }
        const line = chart.points.filter((pt) => pt.projected !== undefined);
        expect(line[0].x).toBe(p.now);
        close(line[0].projected!, toNumber(s.actual!));
        expect(line.at(-1)!.x).toBe(chart.domain[1]);
        close(line.at(-1)!.projected!, toNumber(s.projection.value));
        expect(chart.projection?.value).toBe(toNumber(s.projection.value));
      }),
      RUNS,
    );
  });

  it("never projects less for a sum goal when a running period reports more", () => {
    fc.assert(
      fc.property(portal, fc.integer({ min: 1, max: 1_000_000 }), (p, extra) => {
        const s = standingOf(p.targets, context(p));
        if (s.projection === null || s.metricType === "AVG") return;
        const running = s.covered.find((t) => t.actual !== null && periodOf(t, p.timeZone).start <= p.now && p.now < periodOf(t, p.timeZone).end);
        if (!running) return;
        const more = p.targets.map((t) => (t === running ? { ...t, actual: sum([t.actual!, String(extra)]) } : t));
        const after = standingOf(more, context(p)).projection!;
        expect(compare(after.value, s.projection.value)).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });
});

/** Every figure of a standing; the covered targets are compared by the figures they give. */
function figures(s: Standing) {
  return { ...s, covered: s.covered.map((t) => t.id).sort() };
}

/** Whether a shown percentage agrees with the verdict beside it. */
function consistent(shown: number, s: Standing): boolean {
  const lower = s.direction === "LOWER_IS_BETTER";
  switch (s.status) {
    case "achieved":
      return lower ? shown <= 100 : shown >= 100;
    case "missed":
      return lower ? shown > 100 : shown < 100;
    case "behind":
      if (s.metricType === "AVG") return lower ? shown > 105 : shown < 95;
      return lower || shown < 95;
    case "ahead":
      if (s.metricType === "AVG") return lower ? shown < 95 : shown > 105;
      return true;
    case "on_pace":
      return s.metricType !== "AVG" || (shown >= 95 && shown <= 105);
    default:
      return true;
  }
}
