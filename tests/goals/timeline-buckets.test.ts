import { describe, expect, it } from "vitest";
import { bucketTargets } from "@/lib/goals/buckets";
import { add, divide, multiply, sum } from "@/lib/goals/decimal";
import { toTarget } from "@/lib/goals/parse-target";
import { presetRange } from "@/lib/goals/timeline-range";
import { planPeriods } from "@/lib/goals/timeline-scale";
import type { Target } from "@/lib/goals/model";
import { makeRecord, makeTarget } from "./fixtures";

/** Target totals per bucket key, as the timeline's period chart gets them. */
function perBucket(targets: Target[], plan: ReturnType<typeof planPeriods>): Record<string, string | null> {
  const row = bucketTargets(targets, plan.buckets, () => "all")[0];
  return Object.fromEntries(plan.buckets.map((b, i) => [b.key, row ? row.cells[i].target : null]));
}

describe("timeline periods: fiscal years in the portal's zone", () => {
  const berlin = "Europe/Berlin";
  const fy = presetRange("this-year", "2026-11-28T12:00:00Z", berlin, 3);

  it("cuts this fiscal year into the four fiscal quarters, April first", () => {
    const plan = planPeriods(fy, "quarter", berlin, 3);
    expect(plan.buckets.map((b) => b.key)).toEqual(["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01"]);
    expect(plan.buckets[0].start).toBe("2026-03-31T22:00:00.000Z");
    expect(plan.buckets[3].end).toBe("2027-03-31T22:00:00.000Z");
  });

  it("puts a calendar-quarter target stored at UTC midnight into two fiscal quarters by days", () => {
    // Calendar Q2 (Apr–Jun) against fiscal quarters of offset 4 (May–Jul, ...): 30 days of April, 61 of May and June.
    const plan = planPeriods(presetRange("this-year", "2026-11-28T12:00:00Z", berlin, 4), "quarter", berlin, 4);
    expect(plan.buckets.map((b) => b.key)).toEqual(["2026-05-01", "2026-08-01", "2026-11-01", "2027-02-01"]);
    const q2 = makeTarget({ start: "2026-04-01T00:00:00.000Z", end: "2026-07-01T00:00:00.000Z", amount: "910" });
    // Only May and June fall in this fiscal year (it starts 1 May); April belongs to the previous one.
    expect(perBucket([q2], plan)).toEqual({ "2026-05-01": "610", "2026-08-01": null, "2026-11-01": null, "2027-02-01": null });
  });

  it("splits an annual calendar-year quota across the fiscal years it straddles", () => {
    const calendarYear = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2027-01-01T00:00:00.000Z", amount: "365" });
    const thisFy = planPeriods(fy, "month", berlin, 3);
    const lastFy = planPeriods(presetRange("last-year", "2026-11-28T12:00:00Z", berlin, 3), "month", berlin, 3);
    const thisTotal = sum(Object.values(perBucket([calendarYear], thisFy)).filter((v): v is string => v !== null));
    const lastTotal = sum(Object.values(perBucket([calendarYear], lastFy)).filter((v): v is string => v !== null));
    // Split by elapsed time (April to December is 6,601 of the year's 8,760 hours in Berlin), and together exactly the target.
    expect(thisTotal).toBe(divide(multiply("365", 6601), 8760));
    expect(add(thisTotal, lastTotal)).toBe("365");
  });
});

describe("timeline periods: inclusive and exclusive period ends", () => {
  const ny = "America/New_York";
  const q1 = presetRange("this-quarter", "2026-02-15T12:00:00Z", ny);
  const record = (end: string, amount = "100") => toTarget(makeRecord({ hs_start_datetime: "2026-02-01T00:00:00Z", hs_end_datetime: end, hs_target_amount: amount }));

  it("treats a last-millisecond end and a next-period-start end as the same February", () => {
    const plan = planPeriods(q1, "month", ny, 0);
    const inclusive = perBucket([record("2026-02-28T23:59:59.999Z")], plan);
    const exclusive = perBucket([record("2026-03-01T00:00:00Z")], plan);
    expect(inclusive).toEqual(exclusive);
    expect(inclusive).toEqual({ "2026-01-01": null, "2026-02-01": "100", "2026-03-01": null });
  });

  it("does not count a target in the bucket that starts exactly at its exclusive end", () => {
    const plan = planPeriods(q1, "week", ny, 0);
    const feb = perBucket([record("2026-03-01T00:00:00Z", "28")], plan);
    // 1 February 2026 is a Sunday: one day in the week of 26 January, four whole weeks, nothing from 2 March on.
    expect(feb["2026-01-26"]).toBe("1");
    expect(feb["2026-02-02"]).toBe("7");
    expect(feb["2026-02-16"]).toBe("7");
    expect(feb["2026-02-23"]).toBe("6");
    expect(feb["2026-03-02"]).toBeNull();
  });

  it("clips the first and last week to the range, so a week that began in December counts only its January days", () => {
    const plan = planPeriods(presetRange("this-year", "2026-06-01T12:00:00Z", ny), "week", ny, 0);
    expect(plan.buckets[0]).toMatchObject({ key: "2026-01-01", start: "2026-01-01T05:00:00.000Z", end: "2026-01-05T05:00:00.000Z" });
    expect(plan.buckets[plan.buckets.length - 1]).toMatchObject({ key: "2026-12-28", end: "2027-01-01T05:00:00.000Z" });
    const december = makeTarget({ start: "2025-12-29T00:00:00.000Z", end: "2026-01-05T00:00:00.000Z", amount: "7" });
    expect(perBucket([december], plan)["2026-01-01"]).toBe("4");
  });
});

describe("timeline periods: straddling targets across zones", () => {
  const quarter = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "900" });
  const months = (zone: string) => Object.values(perBucket([quarter], planPeriods(presetRange("this-quarter", "2026-02-15T12:00:00Z", zone), "month", zone, 0)));

  it("keeps a UTC-midnight quarter in the same local months whatever the zone", () => {
    for (const zone of ["UTC", "Asia/Tokyo", "Asia/Kolkata", "America/Sao_Paulo"]) expect(months(zone)).toEqual(["310", "280", "310"]);
  });

  it("splits by elapsed time, so the month that loses an hour to DST gets a little less, and still adds up", () => {
    // New York's Q1 has 2,159 hours: January 744, February 672, March 743.
    const ny = months("America/New_York");
    expect(ny).toEqual([divide("669600", 2159), divide("604800", 2159), expect.any(String)]);
    expect(sum(ny as string[])).toBe("900");
    expect(sum(months("Europe/Berlin") as string[])).toBe("900");
  });

  it("splits a weekly target that straddles a month end by local days, across a DST change", () => {
    // Monday 23 March to Monday 30 March 2026 in Berlin; DST starts on Sunday 29 March (a 23-hour day).
    const week = makeTarget({ start: "2026-03-22T23:00:00.000Z", end: "2026-03-29T22:00:00.000Z", amount: "167" });
    const plan = planPeriods({ start: Date.parse("2026-02-28T23:00:00Z"), end: Date.parse("2026-04-30T22:00:00Z") }, "month", "Europe/Berlin", 0);
    expect(Object.values(perBucket([week], plan))).toEqual(["167", null]);
    const straddling = makeTarget({ start: "2026-03-29T22:00:00.000Z", end: "2026-04-05T22:00:00.000Z", amount: "168" });
    // 30 and 31 March (48 h) in March, 1–5 April (120 h) in April.
    expect(Object.values(perBucket([straddling], plan))).toEqual(["48", "120"]);
  });
});

describe("planPeriods", () => {
  const ny = "America/New_York";
  const years = (n: number) => ({ start: Date.parse("2024-01-01T05:00:00Z"), end: Date.parse(`${2024 + n}-01-01T05:00:00Z`) });

  it("keeps the requested size while it fits", () => {
    const plan = planPeriods(years(1), "week", ny, 0);
    expect(plan.size).toBe("week");
    expect(plan.buckets.length).toBeLessThanOrEqual(60);
  });

  it("turns to months, then quarters, when the range is too long", () => {
    expect(planPeriods(years(2), "week", ny, 0)).toMatchObject({ requested: "week", size: "month" });
    expect(planPeriods(years(6), "week", ny, 0).size).toBe("quarter");
    expect(planPeriods(years(6), "month", ny, 0).buckets).toHaveLength(24);
  });
});
