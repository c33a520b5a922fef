import { describe, expect, it } from "vitest";
import { assertTimeZone, calendarInstant, calendarPeriod, localDateKey, localDayRange } from "@/lib/goals/calendar";

const ms = (iso: string) => Date.parse(iso);
const iso = (value: number) => new Date(value).toISOString();

describe("calendarInstant", () => {
  it("moves a UTC-midnight bound to local midnight of the same date", () => {
    expect(iso(calendarInstant(ms("2026-02-01T00:00:00Z"), "America/New_York"))).toBe("2026-02-01T05:00:00.000Z");
    expect(iso(calendarInstant(ms("2026-02-01T00:00:00Z"), "Asia/Tokyo"))).toBe("2026-01-31T15:00:00.000Z");
    expect(iso(calendarInstant(ms("2026-07-01T00:00:00Z"), "Asia/Kolkata"))).toBe("2026-06-30T18:30:00.000Z");
  });

  it("keeps bounds already at local midnight or at another time of day", () => {
    expect(iso(calendarInstant(ms("2026-02-01T05:00:00Z"), "America/New_York"))).toBe("2026-02-01T05:00:00.000Z");
    expect(iso(calendarInstant(ms("2026-02-01T13:30:00Z"), "America/New_York"))).toBe("2026-02-01T13:30:00.000Z");
    expect(iso(calendarInstant(ms("2026-02-01T00:00:00Z"), "UTC"))).toBe("2026-02-01T00:00:00.000Z");
    // London is on UTC in winter, an hour ahead in summer.
    expect(iso(calendarInstant(ms("2026-07-01T00:00:00Z"), "Europe/London"))).toBe("2026-06-30T23:00:00.000Z");
  });

  it("reads the same instant again per zone, not from another zone's reading", () => {
    const bound = ms("2026-03-01T00:00:00Z");
    for (let round = 0; round < 2; round++) {
      expect(iso(calendarInstant(bound, "America/New_York"))).toBe("2026-03-01T05:00:00.000Z");
      expect(iso(calendarInstant(bound, "Asia/Tokyo"))).toBe("2026-02-28T15:00:00.000Z");
      expect(iso(calendarInstant(bound, "UTC"))).toBe("2026-03-01T00:00:00.000Z");
      expect(calendarPeriod("2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "America/New_York")).toEqual({
        start: ms("2026-03-01T05:00:00Z"),
        end: ms("2026-04-01T04:00:00Z"),
      });
      expect(calendarPeriod("2026-03-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "UTC")).toEqual({ start: bound, end: ms("2026-04-01T00:00:00Z") });
    }
  });

  it("falls back to raw instants when the reading would invert a period", () => {
    // An hour from 00:00Z to 01:00Z in New York: moving only the start (to 05:00Z) would put it after the end.
    expect(calendarPeriod("2026-02-01T00:00:00.000Z", "2026-02-01T01:00:00.000Z", "America/New_York")).toEqual({
      start: ms("2026-02-01T00:00:00Z"),
      end: ms("2026-02-01T01:00:00Z"),
    });
  });
});

describe("localDayRange", () => {
  it("is the local day, 23 or 25 hours long on DST days", () => {
    const spring = localDayRange("2026-03-08", "America/New_York");
    expect(spring && [iso(spring.start), iso(spring.end)]).toEqual(["2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z"]);
    const autumn = localDayRange("2026-10-25", "Europe/Berlin");
    expect(autumn && (autumn.end - autumn.start) / 3_600_000).toBe(25);
  });

  it("rejects what is not a real YYYY-MM-DD date", () => {
    for (const text of ["2026-02-30", "2026-1-5", "tomorrow", "2026-13-01", ""]) {
      expect(localDayRange(text, "UTC")).toBeNull();
    }
  });
});

describe("localDateKey", () => {
  it("names the local day of an instant", () => {
    expect(localDateKey(ms("2026-02-01T03:00:00Z"), "America/New_York")).toBe("2026-01-31");
    expect(localDateKey(ms("2026-02-01T03:00:00Z"), "Asia/Tokyo")).toBe("2026-02-01");
  });
});

describe("assertTimeZone", () => {
  it("accepts IANA zones and rejects unknown ones", () => {
    expect(() => assertTimeZone("Europe/Berlin")).not.toThrow();
    expect(() => assertTimeZone("Atlantis/Capital")).toThrow(RangeError);
  });
});
