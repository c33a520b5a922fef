import { describe, expect, it } from "vitest";
import { axisTicks, bucketIndexAt, clipToRange, fractionOf } from "@/lib/goals/timeline-scale";
import { presetRange } from "@/lib/goals/timeline-range";
import { bucketBoundaries } from "@/lib/goals/buckets";

const ny = "America/New_York";
const year2026 = presetRange("this-year", "2026-06-01T12:00:00Z", ny);

describe("axisTicks", () => {
  it("uses weeks for a month, months for a year and quarters beyond, never more than asked", () => {
    const month = presetRange("this-month", "2026-06-10T12:00:00Z", ny);
    expect(axisTicks(month, ny, 0).map((t) => t.key)).toEqual(["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29"]);
    const months = axisTicks(year2026, ny, 0);
    expect(months.map((t) => t.size)).toEqual(Array(12).fill("month"));
    expect(months[0]).toEqual({ at: year2026.start, key: "2026-01-01", size: "month" });
    const decade = { start: year2026.start, end: Date.parse("2036-01-01T05:00:00Z") };
    const ticks = axisTicks(decade, ny, 0);
    expect(ticks.length).toBeLessThanOrEqual(14);
    expect(ticks[0].size).toBe("quarter");
  });

  it("puts quarter ticks on fiscal quarters", () => {
    const twoYears = { start: Date.parse("2025-03-31T22:00:00Z"), end: Date.parse("2027-03-31T22:00:00Z") };
    expect(axisTicks(twoYears, "Europe/Berlin", 3).map((t) => t.key)).toEqual([
      "2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01",
    ]);
  });
});

describe("fractionOf and clipToRange", () => {
  it("places instants across the range, clamped", () => {
    const range = { start: 1000, end: 2000 };
    expect([fractionOf(500, range), fractionOf(1250, range), fractionOf(5000, range)]).toEqual([0, 0.25, 1]);
    expect(fractionOf(1, { start: 5, end: 5 })).toBe(0);
  });

  it("reads periods as calendar dates and says which ends run past the range", () => {
    const december = clipToRange({ start: "2025-12-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" }, year2026, ny);
    expect(december).toEqual({ start: year2026.start, end: Date.parse("2026-02-01T05:00:00Z"), clippedStart: true, clippedEnd: false });
    expect(clipToRange({ start: "2025-12-01T00:00:00.000Z", end: "2026-01-01T00:00:00.000Z" }, year2026, ny)).toBeNull();
  });

  it("finds the bucket holding an instant", () => {
    const buckets = bucketBoundaries(year2026, "month", ny, 0);
    expect(bucketIndexAt(buckets, Date.parse("2026-03-15T12:00:00Z"))).toBe(2);
    expect(bucketIndexAt(buckets, Date.parse("2027-03-15T12:00:00Z"))).toBe(-1);
  });
});
