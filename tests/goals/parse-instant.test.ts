import { describe, expect, it } from "vitest";
import { exclusiveEnd, parseInstant } from "@/lib/goals/parse-instant";

const at = (raw: string) => {
  const parsed = parseInstant(raw);
  return parsed && new Date(parsed.ms).toISOString();
};

describe("parseInstant", () => {
  it("reads ISO 8601 with any precision and offset", () => {
    expect(at("2026-01-31T23:59:59.999Z")).toBe("2026-01-31T23:59:59.999Z");
    expect(at("2026-01-31T23:59:59.999999Z")).toBe("2026-01-31T23:59:59.999Z");
    expect(at("2026-02-01T00:00:00+01:00")).toBe("2026-01-31T23:00:00.000Z");
    expect(at("2026-02-01T00:00-0530")).toBe("2026-02-01T05:30:00.000Z");
    expect(at("2026-02-01 08:00:00Z")).toBe("2026-02-01T08:00:00.000Z");
    expect(at("2026-01-31T24:00:00Z")).toBe("2026-02-01T00:00:00.000Z");
  });

  it("reads a bare date as UTC midnight and flags it", () => {
    expect(parseInstant("2026-02-28")).toEqual({ ms: Date.UTC(2026, 1, 28), dateOnly: true });
  });

  it("reads epoch milliseconds", () => {
    expect(at("1769904000000")).toBe("2026-02-01T00:00:00.000Z");
  });

  it("refuses impossible or ambiguous text", () => {
    for (const raw of ["2026-02-29T00:00:00Z", "2026-04-31", "2026-01-01T25:00:00Z", "2026-01-01T10:61:00Z", "01/02/2026", "2026", "", null]) {
      expect(parseInstant(raw)).toBeNull();
    }
  });
});

describe("exclusiveEnd", () => {
  const end = (raw: string) => new Date(exclusiveEnd(parseInstant(raw)!)).toISOString();

  it("moves inclusive forms to the next instant", () => {
    expect(end("2026-01-31T23:59:59.999Z")).toBe("2026-02-01T00:00:00.000Z");
    expect(end("2026-01-31T23:59:59Z")).toBe("2026-02-01T00:00:00.000Z");
    expect(end("2026-01-31")).toBe("2026-02-01T00:00:00.000Z");
    expect(end("2026-01-31T23:59:59.999+05:45")).toBe("2026-01-31T18:15:00.000Z");
  });

  it("keeps exclusive ends", () => {
    expect(end("2026-02-01T00:00:00Z")).toBe("2026-02-01T00:00:00.000Z");
    expect(end("2026-02-01T05:00:00.000Z")).toBe("2026-02-01T05:00:00.000Z");
  });
});
