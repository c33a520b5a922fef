import { describe, expect, it } from "vitest";
import { portalFiscalOffset, presetRange, resolveRange } from "@/lib/goals/timeline-range";
import { makeTarget } from "./fixtures";

const iso = (range: { start: number; end: number }) => [new Date(range.start).toISOString(), new Date(range.end).toISOString()];

describe("presetRange", () => {
  // 10 February 2027, 03:00 UTC: still 9 February in New York, already 10 February in Berlin.
  const now = "2027-02-10T03:00:00.000Z";

  it("gives calendar month, quarter and year at local midnight without a fiscal offset", () => {
    expect(iso(presetRange("this-month", now, "America/New_York"))).toEqual(["2027-02-01T05:00:00.000Z", "2027-03-01T05:00:00.000Z"]);
    expect(iso(presetRange("this-quarter", now, "America/New_York"))).toEqual(["2027-01-01T05:00:00.000Z", "2027-04-01T04:00:00.000Z"]);
    expect(iso(presetRange("this-year", now, "America/New_York"))).toEqual(["2027-01-01T05:00:00.000Z", "2028-01-01T05:00:00.000Z"]);
    expect(iso(presetRange("last-year", now, "America/New_York"))).toEqual(["2026-01-01T05:00:00.000Z", "2027-01-01T05:00:00.000Z"]);
  });

  it("follows a fiscal year that starts in April, in Berlin", () => {
    expect(iso(presetRange("this-year", now, "Europe/Berlin", 3))).toEqual(["2026-03-31T22:00:00.000Z", "2027-03-31T22:00:00.000Z"]);
    expect(iso(presetRange("last-year", now, "Europe/Berlin", 3))).toEqual(["2025-03-31T22:00:00.000Z", "2026-03-31T22:00:00.000Z"]);
    // Fiscal Q4 of FY2026/27: January to March.
    expect(iso(presetRange("this-quarter", now, "Europe/Berlin", 3))).toEqual(["2026-12-31T23:00:00.000Z", "2027-03-31T22:00:00.000Z"]);
    // The month does not care about the fiscal year.
    expect(iso(presetRange("this-month", now, "Europe/Berlin", 3))).toEqual(["2027-01-31T23:00:00.000Z", "2027-02-28T23:00:00.000Z"]);
  });

  it("reads 'now' in the portal zone, so the same instant can fall in different months and fiscal years", () => {
    const newYear = "2027-04-01T02:00:00.000Z"; // 31 March 22:00 in New York, 1 April 04:00 in Berlin.
    expect(iso(presetRange("this-year", newYear, "America/New_York", 3))[0]).toBe("2026-04-01T04:00:00.000Z");
    expect(iso(presetRange("this-year", newYear, "Europe/Berlin", 3))[0]).toBe("2027-03-31T22:00:00.000Z");
    expect(iso(presetRange("this-quarter", newYear, "America/New_York", 3))).toEqual(["2027-01-01T05:00:00.000Z", "2027-04-01T04:00:00.000Z"]);
  });

  it("handles fiscal quarters that begin in the previous calendar year, and offsets outside 0–11", () => {
    // Offset 1: fiscal quarters Nov–Jan, Feb–Apr, ...; 15 January sits in the one that began in November.
    expect(iso(presetRange("this-quarter", "2027-01-15T12:00:00Z", "UTC", 1))).toEqual(["2026-11-01T00:00:00.000Z", "2027-02-01T00:00:00.000Z"]);
    expect(iso(presetRange("this-year", "2027-01-15T12:00:00Z", "UTC", 13))).toEqual(["2026-02-01T00:00:00.000Z", "2027-02-01T00:00:00.000Z"]);
    expect(iso(presetRange("this-year", "2027-01-15T12:00:00Z", "UTC", -1))).toEqual(["2026-12-01T00:00:00.000Z", "2027-12-01T00:00:00.000Z"]);
  });

  it("refuses an unknown zone", () => {
    expect(() => presetRange("this-year", now, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("resolveRange", () => {
  const now = "2026-11-28T16:00:00.000Z";

  it("reads a custom range as whole local days, the last one included", () => {
    const range = resolveRange({ preset: "custom", from: "2026-03-01", to: "2026-03-31" }, now, "America/New_York");
    expect(iso(range)).toEqual(["2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"]);
    expect(range).toMatchObject({ preset: "custom", fromDate: "2026-03-01", toDate: "2026-03-31", problem: null });
  });

  it("accepts a single day", () => {
    const range = resolveRange({ preset: "custom", from: "2026-03-08", to: "2026-03-08" }, now, "America/New_York");
    expect((range.end - range.start) / 3_600_000).toBe(23); // spring forward
  });

  it("falls back to this year when a custom range is missing, malformed or reversed, and says why", () => {
    expect(resolveRange({ preset: "custom", from: "2026-02-30", to: "2026-03-01" }, now, "UTC")).toMatchObject({
      preset: "this-year",
      fromDate: "2026-01-01",
      toDate: "2026-12-31",
      problem: "invalid",
    });
    expect(resolveRange({ preset: "custom" }, now, "UTC").problem).toBe("invalid");
    expect(resolveRange({ preset: "custom", from: "2026-05-01", to: "2026-04-01" }, now, "UTC").problem).toBe("reversed");
  });

  it("labels presets with their first and last day", () => {
    expect(resolveRange({ preset: "this-quarter" }, now, "Europe/Berlin", 3)).toMatchObject({ fromDate: "2026-10-01", toDate: "2026-12-31", problem: null });
    expect(resolveRange({ preset: "last-year" }, now, "Europe/Berlin", 3)).toMatchObject({ fromDate: "2025-04-01", toDate: "2026-03-31" });
  });
});

describe("portalFiscalOffset", () => {
  it("takes the offset most targets carry, 0 without targets", () => {
    expect(portalFiscalOffset([])).toBe(0);
    expect(portalFiscalOffset([makeTarget({ fiscalYearOffset: 3 }), makeTarget({ fiscalYearOffset: 3 }), makeTarget({ fiscalYearOffset: 0 })])).toBe(3);
  });
});
