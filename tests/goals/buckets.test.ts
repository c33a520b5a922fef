import { describe, expect, it } from "vitest";
import { type Bucket, bucketBoundaries, bucketTargets } from "@/lib/goals/buckets";
import { divide, sum } from "@/lib/goals/decimal";
import type { Target } from "@/lib/goals/model";
import { toTarget } from "@/lib/goals/parse-target";
import { makeRecord, makeTarget } from "./fixtures";

const edges = (buckets: Bucket[]) => buckets.map((b) => [b.start, b.end]);
const HOUR = 3_600_000;
const hoursOf = (b: Bucket) => (Date.parse(b.end) - Date.parse(b.start)) / HOUR;

describe("bucketBoundaries", () => {
  it("cuts calendar months in UTC", () => {
    const buckets = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-04-01T00:00:00Z" }, "month", "UTC", 0);
    expect(buckets.map((b) => b.key)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(buckets[1]).toEqual({ start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z", key: "2026-02-01", timeZone: "UTC" });
  });

  it("extends the first and last bucket to whole buckets", () => {
    const buckets = bucketBoundaries({ start: "2026-01-15T00:00:00Z", end: "2026-02-10T00:00:00Z" }, "month", "UTC");
    expect(edges(buckets)).toEqual([
      ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"],
      ["2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
    ]);
  });

  it("starts weeks on Monday", () => {
    // 1 January 2026 is a Thursday.
    const buckets = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-01-13T00:00:00Z" }, "week", "UTC");
    expect(buckets.map((b) => b.key)).toEqual(["2025-12-29", "2026-01-05", "2026-01-12"]);
  });

  it("puts edges at local midnight across a spring-forward DST change", () => {
    const buckets = bucketBoundaries({ start: "2026-03-02T05:00:00Z", end: "2026-03-16T04:00:00Z" }, "week", "America/New_York");
    expect(edges(buckets)).toEqual([
      ["2026-03-02T05:00:00.000Z", "2026-03-09T04:00:00.000Z"],
      ["2026-03-09T04:00:00.000Z", "2026-03-16T04:00:00.000Z"],
    ]);
    expect(buckets.map(hoursOf)).toEqual([167, 168]);
  });

  it("puts edges at local midnight across a fall-back DST change", () => {
    const buckets = bucketBoundaries({ start: "2026-10-20T12:00:00Z", end: "2026-10-27T12:00:00Z" }, "week", "Europe/Berlin");
    expect(buckets[0]).toMatchObject({ start: "2026-10-18T22:00:00.000Z", end: "2026-10-25T23:00:00.000Z", key: "2026-10-19" });
    expect(hoursOf(buckets[0])).toBe(169);
  });

  it("keeps months at local midnight on both sides of DST", () => {
    const buckets = bucketBoundaries({ start: "2026-02-01T05:00:00Z", end: "2026-05-01T04:00:00Z" }, "month", "America/New_York");
    expect(buckets.map((b) => b.start)).toEqual(["2026-02-01T05:00:00.000Z", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"]);
  });

  it("reads a UTC-midnight range as calendar dates in the portal zone", () => {
    // 2026-01-01T00:00Z is 31 December 19:00 in New York; it still means 1 January.
    const buckets = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-03-01T00:00:00Z" }, "month", "America/New_York");
    expect(buckets.map((b) => b.key)).toEqual(["2026-01-01", "2026-02-01"]);
    expect(buckets[0].start).toBe("2026-01-01T05:00:00.000Z");
  });

  it("aligns quarters to the fiscal year", () => {
    const range = { start: "2026-01-15T00:00:00Z", end: "2026-06-15T00:00:00Z" };
    expect(bucketBoundaries(range, "quarter", "UTC", 0).map((b) => b.key)).toEqual(["2026-01-01", "2026-04-01"]);
    // Fiscal year from February: Nov–Jan, Feb–Apr, May–Jul.
    expect(bucketBoundaries(range, "quarter", "UTC", 1).map((b) => b.key)).toEqual(["2025-11-01", "2026-02-01", "2026-05-01"]);
    expect(bucketBoundaries(range, "quarter", "UTC", 2).map((b) => b.key)).toEqual(["2025-12-01", "2026-03-01", "2026-06-01"]);
    expect(bucketBoundaries(range, "quarter", "UTC", 13).map((b) => b.key)).toEqual(["2025-11-01", "2026-02-01", "2026-05-01"]);
  });

  it("makes fiscal quarters in the portal zone", () => {
    const buckets = bucketBoundaries({ start: "2026-02-01T00:00:00Z", end: "2026-05-01T00:00:00Z" }, "quarter", "Asia/Tokyo", 1);
    expect(buckets).toEqual([
      { start: "2026-01-31T15:00:00.000Z", end: "2026-04-30T15:00:00.000Z", key: "2026-02-01", timeZone: "Asia/Tokyo" },
    ]);
  });

  it("returns nothing for an empty range and refuses unknown zones or fractional offsets", () => {
    expect(bucketBoundaries({ start: "2026-02-01T00:00:00Z", end: "2026-02-01T00:00:00Z" }, "month", "UTC")).toEqual([]);
    expect(() => bucketBoundaries({ start: "2026-01-01", end: "2026-02-01" }, "month", "Mars/Olympus")).toThrow(RangeError);
    expect(() => bucketBoundaries({ start: "2026-01-01", end: "2026-02-01" }, "quarter", "UTC", 1.5)).toThrow(RangeError);
  });
});

describe("bucketTargets", () => {
  const utcMonths = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-04-01T00:00:00Z" }, "month", "UTC");
  const byAssignee = (t: Target) => (t.assignee.kind === "none" ? "none" : t.assignee.id);
  const targetsOfRow = (targets: Target[], buckets = utcMonths) => bucketTargets(targets, buckets, () => "all")[0];

  it("splits a straddling target by time overlap and keeps the total exact", () => {
    const quarter = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "900", actual: "450" });
    const row = targetsOfRow([quarter]);
    // 31, 28 and 31 of 90 days.
    expect(row.cells.map((c) => c.target)).toEqual(["310", "280", "310"]);
    expect(row.cells.map((c) => c.actual)).toEqual(["155", "140", "155"]);
    expect(row.total).toEqual({ target: "900", actual: "450", targetCount: 1, missingActual: 0 });
  });

  it("spreads an actual over the elapsed part of its period only", () => {
    const quarter = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "900", actual: "450" });
    // Mid-February: 31 + 14 = 45 days done, so January holds 31/45 of the progress and March none.
    const row = bucketTargets([quarter], utcMonths, () => "all", Date.parse("2026-02-15T00:00:00Z"))[0];
    expect(row.cells.map((c) => c.target)).toEqual(["310", "280", "310"]);
    expect(row.cells.map((c) => c.actual)).toEqual(["310", "140", null]);
    expect(row.total).toEqual({ target: "900", actual: "450", targetCount: 1, missingActual: 0 });
  });

  it("keeps the whole-period split for ended targets and for progress reported before the start", () => {
    const quarter = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "900", actual: "450" });
    const after = bucketTargets([quarter], utcMonths, () => "all", Date.parse("2026-06-01T00:00:00Z"))[0];
    const before = bucketTargets([quarter], utcMonths, () => "all", Date.parse("2025-12-01T00:00:00Z"))[0];
    expect(after.cells.map((c) => c.actual)).toEqual(["155", "140", "155"]);
    expect(before.cells.map((c) => c.actual)).toEqual(["155", "140", "155"]);
  });

  it("averages an AVG actual over the elapsed part only", () => {
    const avg = { metricType: "AVG" as const, goalType: "average_ticket_response_time" };
    const quarter = makeTarget({ ...avg, start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "10", actual: "12" });
    const other = makeTarget({ ...avg, start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z", amount: "10", actual: "6" });
    const row = bucketTargets([quarter, other], utcMonths, () => "all", Date.parse("2026-02-15T00:00:00Z"))[0];
    expect(row.cells.map((c) => c.actual)).toEqual(["9", "12", null]);
    expect(row.cells.map((c) => c.target)).toEqual(["10", "10", "10"]);
    // Over the range: 12 for 45 days and 6 for 31 days.
    expect(row.total.actual).toBe(divide(String(12 * 45 + 6 * 31), "76"));
  });

  it("leaves no rounding residue when the split does not divide evenly", () => {
    const quarter = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "1000" });
    const row = targetsOfRow([quarter]);
    expect(row.cells[0].target).toBe(divide("31000", "90"));
    expect(sum(row.cells.map((c) => c.target as string))).toBe("1000");
    expect(row.total.target).toBe("1000");
  });

  it("counts only the part of a target inside the buckets", () => {
    const year = makeTarget({ start: "2026-01-01T00:00:00.000Z", end: "2027-01-01T00:00:00.000Z", amount: "365" });
    expect(targetsOfRow([year]).total.target).toBe("90");
  });

  it("gives the same result for inclusive and exclusive HubSpot ends", () => {
    const inclusive = toTarget(makeRecord({ hs_target_amount: "590", hs_end_datetime: "2026-02-28T23:59:59.999Z", hs_start_datetime: "2026-01-01T00:00:00Z" }));
    const exclusive = toTarget(makeRecord({ hs_target_amount: "590", hs_end_datetime: "2026-03-01T00:00:00Z", hs_start_datetime: "2026-01-01T00:00:00Z" }));
    const a = targetsOfRow([inclusive]);
    const b = targetsOfRow([exclusive]);
    expect(a.cells).toEqual(b.cells);
    expect(a.cells.map((c) => c.target)).toEqual(["310", "280", null]);
  });

  it("keeps a UTC-midnight month whole in its local month in a zone behind UTC", () => {
    const nyMonths = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-04-01T00:00:00Z" }, "month", "America/New_York");
    const february = makeTarget({ start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z", amount: "500" });
    expect(targetsOfRow([february], nyMonths).cells.map((c) => c.target)).toEqual([null, "500", null]);
  });

  it("treats a month stored at local midnight the same way", () => {
    const nyMonths = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-04-01T00:00:00Z" }, "month", "America/New_York");
    const february = makeTarget({ start: "2026-02-01T05:00:00.000Z", end: "2026-03-01T05:00:00.000Z", amount: "500" });
    expect(targetsOfRow([february], nyMonths).cells.map((c) => c.target)).toEqual([null, "500", null]);
  });

  it("pro-rates a period whose bounds are not at midnight by real elapsed time", () => {
    const days = bucketBoundaries({ start: "2026-03-02T00:00:00Z", end: "2026-03-16T00:00:00Z" }, "week", "America/New_York");
    // Noon to noon across the spring-forward week: 12 h before the edge, 12 h after it.
    const target = makeTarget({ start: "2026-03-08T16:00:00.000Z", end: "2026-03-09T16:00:00.000Z", amount: "24" });
    expect(targetsOfRow([target], days).cells.map((c) => c.target)).toEqual(["12", "12"]);
  });

  it("sums per group key, keeps rows sorted and counts targets without progress", () => {
    const targets = [
      makeTarget({ assignee: { kind: "owner", id: "b" }, amount: "100", actual: "40" }),
      makeTarget({ assignee: { kind: "owner", id: "a" }, amount: "10", actual: "1" }),
      makeTarget({ assignee: { kind: "owner", id: "a" }, amount: "20", actual: null }),
      makeTarget({ assignee: { kind: "owner", id: "a" }, amount: "5", start: "2026-03-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" }),
    ];
    const rows = bucketTargets(targets, utcMonths, byAssignee);
    expect(rows.map((r) => r.key)).toEqual(["a", "b"]);
    expect(rows[0].cells).toEqual([
      { target: "30", actual: "1", targetCount: 2, missingActual: 1 },
      { target: null, actual: null, targetCount: 0, missingActual: 0 },
      { target: "5", actual: null, targetCount: 1, missingActual: 1 },
    ]);
    expect(rows[0].total).toEqual({ target: "35", actual: "1", targetCount: 3, missingActual: 2 });
    expect(rows[1].cells[0]).toEqual({ target: "100", actual: "40", targetCount: 1, missingActual: 0 });
  });

  it("averages AVG targets by time instead of adding them, in a row of their own", () => {
    const quarters = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2026-04-01T00:00:00Z" }, "quarter", "UTC");
    const avg = { metricType: "AVG" as const, goalType: "average_ticket_response_time" };
    const targets = [
      makeTarget({ ...avg, amount: "10", actual: "12" }),
      makeTarget({ ...avg, amount: "20", start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" }),
      makeTarget({ amount: "1000", actual: "10" }),
    ];
    const rows = bucketTargets(targets, quarters, () => "support");
    expect(rows.map((r) => [r.key, r.metricType])).toEqual([["support", "SUM"], ["support", "AVG"]]);
    const avgRow = rows[1];
    expect(avgRow.cells[0]).toEqual({ target: divide("870", "59"), actual: "12", targetCount: 2, missingActual: 1 });
    expect(rows[0].cells[0].target).toBe("1000");
  });

  it("returns no rows without buckets and skips targets outside them", () => {
    expect(bucketTargets([makeTarget()], [], () => "x")).toEqual([]);
    const outside = makeTarget({ start: "2027-01-01T00:00:00.000Z", end: "2027-02-01T00:00:00.000Z" });
    expect(bucketTargets([outside], utcMonths, () => "x")).toEqual([]);
  });

  it("buckets 10,000 targets exactly", () => {
    const weeks = bucketBoundaries({ start: "2026-01-01T00:00:00Z", end: "2027-01-01T00:00:00Z" }, "week", "Europe/Berlin");
    const targets = Array.from({ length: 10_000 }, (_, i) =>
      makeTarget({
        assignee: { kind: "owner", id: String(i % 50) },
        start: new Date(Date.UTC(2026, i % 12, 1)).toISOString(),
        end: new Date(Date.UTC(2026, (i % 12) + 1, 1)).toISOString(),
        amount: "1234.56",
        actual: i % 3 ? "1000" : null,
      }),
    );
    const rows = bucketTargets(targets, weeks, byAssignee);
    expect(rows).toHaveLength(50);
    expect(sum(rows.map((r) => r.total.target as string))).toBe("12345600");
  });
});
