import { describe, expect, it } from "vitest";
import { containsInstant, currentTarget, elapsedFraction, goalStatus, spanOf, targetStatus } from "@/lib/goals/periods";
import { makeTarget } from "./fixtures";

const january = { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" };

describe("targetStatus", () => {
  it("is upcoming before the start, active from the start, ended at the exclusive end", () => {
    expect(targetStatus(january, "2025-12-31T23:59:59.999Z")).toBe("upcoming");
    expect(targetStatus(january, "2026-01-01T00:00:00.000Z")).toBe("active");
    expect(targetStatus(january, "2026-01-31T23:59:59.999Z")).toBe("active");
    expect(targetStatus(january, "2026-02-01T00:00:00.000Z")).toBe("ended");
  });

  it("accepts Dates and epoch milliseconds", () => {
    expect(targetStatus(january, new Date("2026-01-15T00:00:00Z"))).toBe("active");
    expect(targetStatus(january, Date.UTC(2026, 5, 1))).toBe("ended");
  });

  it("rejects an invalid now instead of computing with NaN", () => {
    expect(() => targetStatus(january, "someday")).toThrow(RangeError);
  });
});

describe("goalStatus", () => {
  it("uses the goal's whole span, so a gap between periods is still active", () => {
    const goal = { start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" };
    expect(goalStatus(goal, "2026-02-15T00:00:00Z")).toBe("active");
    expect(goalStatus(goal, "2025-06-01T00:00:00Z")).toBe("upcoming");
    expect(goalStatus(goal, "2026-04-01T00:00:00Z")).toBe("ended");
  });
});

describe("elapsedFraction", () => {
  it("is the share of the period passed, clamped to [0, 1]", () => {
    expect(elapsedFraction(january.start, january.end, "2025-01-01T00:00:00Z")).toBe(0);
    expect(elapsedFraction(january.start, january.end, january.start)).toBe(0);
    expect(elapsedFraction("2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z", "2026-01-03T12:00:00Z")).toBe(0.25);
    expect(elapsedFraction(january.start, january.end, january.end)).toBe(1);
    expect(elapsedFraction(january.start, january.end, "2027-01-01T00:00:00Z")).toBe(1);
  });
});

describe("containsInstant", () => {
  it("includes the start and excludes the end", () => {
    expect(containsInstant(january, january.start)).toBe(true);
    expect(containsInstant(january, "2026-01-31T23:59:59.999Z")).toBe(true);
    expect(containsInstant(january, january.end)).toBe(false);
  });
});

describe("currentTarget", () => {
  const jan = makeTarget({ id: "1" });
  const feb = makeTarget({ id: "2", start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" });
  const apr = makeTarget({ id: "3", start: "2026-04-01T00:00:00.000Z", end: "2026-05-01T00:00:00.000Z" });

  it("finds the target containing now, switching exactly at the boundary", () => {
    expect(currentTarget([feb, jan, apr], "2026-01-31T23:59:59.999Z")?.id).toBe("1");
    expect(currentTarget([feb, jan, apr], "2026-02-01T00:00:00.000Z")?.id).toBe("2");
  });

  it("is null in a gap and outside the schedule", () => {
    expect(currentTarget([jan, feb, apr], "2026-03-15T00:00:00Z")).toBeNull();
    expect(currentTarget([jan, feb, apr], "2027-01-01T00:00:00Z")).toBeNull();
    expect(currentTarget([], "2026-01-15T00:00:00Z")).toBeNull();
  });

  it("prefers the later-starting period when periods overlap", () => {
    const quarter = makeTarget({ id: "9", start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" });
    expect(currentTarget([quarter, feb], "2026-02-10T00:00:00Z")?.id).toBe("2");
  });
});

describe("spanOf", () => {
  it("spans the earliest start to the latest end", () => {
    expect(
      spanOf([
        { start: "2026-03-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" },
        { start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z" },
      ]),
    ).toEqual({ start: "2026-01-01T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z" });
    expect(spanOf([])).toBeNull();
  });
});
