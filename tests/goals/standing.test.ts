import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { standingOf } from "@/lib/goals/standing";
import { makeTarget, monthlySchedule } from "./fixtures";

/** Worked examples of every figure; standing.property.test.ts checks the rules over generated portals. */
const UTC = "UTC";
const at = (now: string) => ({ now, timeZone: UTC });
const midMarch = "2026-03-16T12:00:00.000Z"; // Jan and Feb over, half of March gone
const withActuals = (scheduleId: string, actuals: (string | null)[], overrides = {}, amounts = ["100", "100", "100", "100"]) =>
  monthlySchedule({ goalId: "g", scheduleId, ...overrides }, amounts).map((t, i) => ({ ...t, actual: actuals[i] ?? null }));

describe("a sum goal", () => {
  // Two reps, four months of 100 each; half of March gone.
  const targets = [...withActuals("a", ["100", "90", "40"]), ...withActuals("b", ["120", "110", "70"])];
  const standing = standingOf(targets, at(midMarch));

  it("gives the target of every period and the expected by today of the started ones", () => {
    expect(standing.target).toBe("800");
    // January and February in full, and 15.5 of March's 31 days: 100 + 100 + 50 per rep.
    expect(standing.expectedByToday).toBe("500");
    expect(standing.actual).toBe("530");
    expect(standing.actualToDate).toBe(true);
    expect(standing.pace).toBe("ahead");
    expect(standing.outcome).toBeNull();
  });

  it("divides attainment to date by the started periods' full targets, progress by every period's", () => {
    expect(standing.startedTarget).toBe("600");
    expect(standing.attainmentToDate).toBeCloseTo(530 / 600, 12);
    expect(standing.coveredTarget).toBe("800");
    expect(standing.progressTowardTotal).toBeCloseTo(530 / 800, 12);
  });

  it("gives an outcome once every period is over, with no tolerance", () => {
    const over = standingOf(withActuals("a", ["100", "100", "100", "99.99"]), at("2026-06-01T00:00:00Z"));
    expect(over).toMatchObject({ status: "missed", outcome: "missed", pace: null, actualToDate: false });
    expect(over.attainmentToDate).toBe(over.progressTowardTotal);
  });
});

describe("missing progress", () => {
  const reported = withActuals("reported", ["100", "90"]);
  const silent = withActuals("silent", []);
  const standing = standingOf([...reported, ...silent], at(midMarch));

  it("leaves an assignee without any progress out of every figure but the target", () => {
    expect(standing.leftOut.assignees.map((a) => a.scheduleId)).toEqual(["silent"]);
    expect(standing.target).toBe("800");
    expect(standing.covered.every((t) => t.scheduleId === "reported")).toBe(true);
  });

  it("leaves a started period without a value out too, and says so", () => {
    // March of the reported rep has started and has no value yet.
    expect(standing.leftOut.periods).toBe(1);
    expect(standing.expectedByToday).toBe("200");
    expect(standing.actual).toBe("190");
    expect(standing.startedTarget).toBe("200");
    // April is to come: it counts toward the total, March does not.
    expect(standing.coveredTarget).toBe("300");
    expect(standing.status).toBe("on_pace");
  });

  it("never reads missing progress as zero", () => {
    expect(standingOf(silent, at(midMarch))).toMatchObject({ actual: null, attainmentToDate: null, progressTowardTotal: null, status: "no_data", expectedByToday: "250" });
    expect(standingOf(silent, at(midMarch)).covered).toHaveLength(4);
  });

  it("is not started before the first period, and empty without targets", () => {
    expect(standingOf(silent, at("2025-06-01T00:00:00Z"))).toMatchObject({ status: "not_started", expectedByToday: null, target: "400" });
    expect(standingOf([], at(midMarch))).toMatchObject({ status: "no_data", target: null, expectedByToday: null, actual: null });
  });
});

describe("an average goal where lower is better (response times)", () => {
  const avg = { metricType: "AVG" as const, direction: "LOWER_IS_BETTER" as const, unit: "duration" as const };

  it("averages the started periods' values against their average target, and has no progress toward a total", () => {
    // James: targets 6, 5, 5, 7.5 hours; values 5, 4.5, 4.8 so far.
    const james = withActuals("j", ["5", "4.5", "4.8"], avg, ["6", "5", "5", "7.5"]);
    const standing = standingOf(james, at(midMarch));
    expect(standing.target).toBe("5.875");
    expect(standing.expectedByToday).toBe("5.33333333333333333333");
    expect(standing.startedTarget).toBe(standing.expectedByToday);
    expect(standing.actual).toBe("4.76666666666666666667");
    expect(standing.attainmentToDate).toBeCloseTo(4.7666666 / 5.3333333, 6);
    expect(standing.progressTowardTotal).toBeNull();
    expect(standing.status).toBe("ahead");
  });

  it("is behind above the band and ahead below it", () => {
    expect(standingOf(withActuals("s", ["130", "150"], avg), at(midMarch)).status).toBe("behind");
    expect(standingOf(withActuals("f", ["80", "70"], avg), at(midMarch)).status).toBe("ahead");
  });
});

describe("calendar periods in the portal's zone", () => {
  it("reads a UTC-midnight bound as local midnight, so a New York month starts five hours later", () => {
    const january = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z", amount: "310" });
    // 04:00 UTC on 1 January is still 31 December in New York: January has not started there.
    expect(standingOf([january], { now: "2026-01-01T04:00:00Z", timeZone: "America/New_York" }).status).toBe("not_started");
    expect(standingOf([january], { now: "2026-01-01T04:00:00Z", timeZone: UTC }).expectedByToday).not.toBe("0");
  });

  it("gives a goal's target through groupGoals too", () => {
    const [goal] = groupGoals(withActuals("a", [], { metricType: "AVG" }, ["10", "20", "30", "40"]));
    expect(goal.totalAmount).toBe("25");
  });
});
