import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { expectedToDate, goalPace, judge, paceOf, schedulePace, targetPace } from "@/lib/goals/pace";
import { MONTH_STARTS_2026, makeTarget, monthlySchedule } from "./fixtures";

// A 10-day period makes elapsed fractions round numbers.
const tenDays = (overrides = {}) =>
  makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-01-11T00:00:00.000Z", amount: "1000", ...overrides });
const quarterIn = "2026-01-03T12:00:00.000Z"; // 25% elapsed

describe("expectedToDate", () => {
  it("pro-rates SUM targets by elapsed time", () => {
    expect(expectedToDate(tenDays(), "2025-12-31T00:00:00Z")).toBe("0");
    expect(expectedToDate(tenDays(), quarterIn)).toBe("250");
    expect(expectedToDate(tenDays(), "2026-01-11T00:00:00Z")).toBe("1000");
    expect(expectedToDate(makeTarget({ amount: "3100" }), "2026-01-11T00:00:00Z")).toBe("1000");
  });

  it("expects an AVG target in full from its first moment", () => {
    expect(expectedToDate(tenDays({ metricType: "AVG", amount: "7200000" }), quarterIn)).toBe("7200000");
    expect(expectedToDate(tenDays({ metricType: "AVG" }), "2025-12-01T00:00:00Z")).toBe("0");
  });
});

describe("targetPace", () => {
  const statusAt = (actual: string | null, overrides = {}) => targetPace(tenDays({ actual, ...overrides }), quarterIn).status;

  it("judges against the pro-rated target with an inclusive ±5% band", () => {
    expect(statusAt("250")).toBe("on_pace");
    expect(statusAt("262.5")).toBe("on_pace");
    expect(statusAt("262.51")).toBe("ahead");
    expect(statusAt("237.5")).toBe("on_pace");
    expect(statusAt("237.49")).toBe("behind");
  });

  it("turns the judgement round when lower is better", () => {
    const lower = { direction: "LOWER_IS_BETTER" as const };
    expect(statusAt("200", lower)).toBe("ahead");
    expect(statusAt("300", lower)).toBe("behind");
    expect(statusAt("255", lower)).toBe("on_pace");
  });

  it("never treats missing progress as zero", () => {
    expect(statusAt(null)).toBe("no_data");
    expect(statusAt("0")).toBe("behind");
    expect(targetPace(tenDays(), quarterIn)).toMatchObject({ actual: null, attainment: null });
  });

  it("reports not_started before the period, whatever the data says", () => {
    expect(targetPace(tenDays({ actual: "5" }), "2025-12-01T00:00:00Z").status).toBe("not_started");
  });

  it("computes attainment against the full target", () => {
    expect(targetPace(tenDays({ actual: "250" }), quarterIn)).toEqual({
      expected: "250",
      target: "1000",
      actual: "250",
      attainment: 0.25,
      status: "on_pace",
      unreported: { schedules: 0, periods: 0 },
    });
    expect(targetPace(tenDays({ amount: "0", actual: "3" }), quarterIn).attainment).toBeNull();
  });

  it("gives an ended period an outcome against its whole target, with no tolerance band", () => {
    const after = "2026-02-01T00:00:00Z";
    const pace = targetPace(tenDays({ actual: "900" }), after);
    expect(pace.expected).toBe("1000");
    expect(pace.status).toBe("missed");
    expect(targetPace(tenDays({ actual: "999.99" }), after).status).toBe("missed");
    expect(targetPace(tenDays({ actual: "1000" }), after).status).toBe("achieved");
    expect(targetPace(tenDays({ actual: "900", direction: "LOWER_IS_BETTER" }), after).status).toBe("achieved");
    expect(targetPace(tenDays({ actual: "1000.01", direction: "LOWER_IS_BETTER" }), after).status).toBe("missed");
    expect(targetPace(tenDays({ actual: null }), after).status).toBe("no_data");
  });

  it("judges AVG targets against the full target, not a pro-rated one", () => {
    const twoHours = "7200000";
    const avg = (actual: string) =>
      targetPace(tenDays({ metricType: "AVG", direction: "LOWER_IS_BETTER", amount: twoHours, actual }), quarterIn);
    expect(avg("5400000")).toMatchObject({ expected: twoHours, status: "ahead", attainment: 0.75 });
    expect(avg("7300000").status).toBe("on_pace");
    expect(avg("10800000").status).toBe("behind");
  });

  it("accepts a different tolerance", () => {
    expect(targetPace(tenDays({ actual: "270" }), quarterIn, 0.1).status).toBe("on_pace");
    expect(targetPace(tenDays({ actual: "270" }), quarterIn, 0).status).toBe("ahead");
  });
});

describe("judge with a zero expectation", () => {
  it("is on pace at zero and otherwise follows the direction", () => {
    expect(judge("0", "0", "HIGHER_IS_BETTER")).toBe("on_pace");
    expect(judge("1", "0", "HIGHER_IS_BETTER")).toBe("ahead");
    expect(judge("1", "0", "LOWER_IS_BETTER")).toBe("behind");
  });
});

describe("goal and schedule pace", () => {
  const midMarch = "2026-03-16T12:00:00.000Z"; // half of March gone

  it("sums expectations over periods and leaves periods without data out of the judgement", () => {
    const amounts = Array(12).fill("1000");
    const schedule = monthlySchedule({ goalId: "g", scheduleId: "s" }, amounts);
    schedule[0] = { ...schedule[0], actual: "1000" };
    schedule[1] = { ...schedule[1], actual: "900" };
    const [goal] = groupGoals(schedule);
    const pace = goalPace(goal, midMarch);
    // January and February: March has started but reports nothing yet, so it is left out.
    expect(pace.expected).toBe("2000");
    expect(pace.unreported).toEqual({ schedules: 0, periods: 1 });
    expect(pace.target).toBe("12000");
    expect(pace.actual).toBe("1900");
    expect(pace.attainment).toBeCloseTo(1900 / 12000, 12);
    // 1900 against 2000 for the two reported months: exactly at the band's lower edge.
    expect(pace.status).toBe("on_pace");
    expect(schedulePace(goal.schedules[0], midMarch)).toEqual(pace);
  });

  it("adds every schedule of a team goal", () => {
    const reported = (actual: string, scheduleId: string) =>
      monthlySchedule({ goalId: "g", scheduleId }).map((t, i) => (i < 2 ? { ...t, actual } : t));
    const [goal] = groupGoals([...reported("500", "a"), ...reported("400", "b")]);
    const pace = goalPace(goal, MONTH_STARTS_2026[2]); // Jan and Feb over
    expect(pace).toMatchObject({ expected: "4000", target: "24000", actual: "1800", status: "behind" });
  });

  it("is no_data when no started period has progress, not_started before the first", () => {
    const [goal] = groupGoals(monthlySchedule({ goalId: "g" }));
    expect(goalPace(goal, midMarch).status).toBe("no_data");
    expect(goalPace(goal, "2025-06-01T00:00:00Z").status).toBe("not_started");
    expect(paceOf([], midMarch).status).toBe("no_data");
  });

  it("judges AVG goals on each schedule's latest started period with data", () => {
    const base = { goalId: "g", metricType: "AVG" as const, direction: "LOWER_IS_BETTER" as const };
    const alice = monthlySchedule({ ...base, scheduleId: "a" }, Array(12).fill("10"));
    alice[0] = { ...alice[0], actual: "30" }; // a bad January
    alice[1] = { ...alice[1], actual: "8" }; // a good February
    const bob = monthlySchedule({ ...base, scheduleId: "b" }, Array(12).fill("20"));
    bob[0] = { ...bob[0], actual: "18" }; // February not reported yet
    const [goal] = groupGoals([...alice, ...bob]);
    const pace = goalPace(goal, midMarch);
    // Alice is judged on February (8 vs 10), Bob falls back to January (18 vs 20).
    expect(pace).toMatchObject({ expected: "15", target: "15", actual: "13", status: "ahead" });
    expect(pace.attainment).toBeCloseTo(13 / 15, 12);
    expect(schedulePace(goal.schedules[0], midMarch)).toMatchObject({ actual: "8", target: "10", status: "ahead" });
  });

  it("gives an AVG goal's target as the mean of all its periods, like the goal list, and judges against the current one", () => {
    const schedule = monthlySchedule({ goalId: "g", metricType: "AVG" }, ["10", "20", "30", "40"]).map((t, i) => (i === 2 ? { ...t, actual: "27" } : t));
    const [goal] = groupGoals(schedule);
    expect(goal.totalAmount).toBe("25");
    expect(goalPace(goal, midMarch)).toMatchObject({ target: "25", expected: "30", actual: "27", status: "behind" });
  });

  it("reports no_data for an AVG goal whose started periods have no values", () => {
    const [goal] = groupGoals(monthlySchedule({ goalId: "g", metricType: "AVG" }, Array(12).fill("5")));
    expect(goalPace(goal, midMarch)).toMatchObject({ status: "no_data", expected: "5", actual: null });
    expect(goalPace(goal, "2025-01-01T00:00:00Z")).toMatchObject({ status: "not_started", target: "5" });
  });
});
