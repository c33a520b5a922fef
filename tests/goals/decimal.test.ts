import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  divide,
  isZero,
  mean,
  multiply,
  parseDecimal,
  prorate,
  ratio,
  scale,
  subtract,
  sum,
  toNumber,
} from "@/lib/goals/decimal";

describe("parseDecimal", () => {
  it("normalises HubSpot's decimal strings", () => {
    expect(parseDecimal("2000.00")).toBe("2000");
    expect(parseDecimal(" 0.0 ")).toBe("0");
    expect(parseDecimal("-0")).toBe("0");
    expect(parseDecimal("+12.50")).toBe("12.5");
    expect(parseDecimal(".5")).toBe("0.5");
    expect(parseDecimal("1e3")).toBe("1000");
    expect(parseDecimal("12345678901234567890.123456789")).toBe("12345678901234567890.123456789");
  });

  it("keeps magnitudes within 30 places of the point and rounds beyond the 20th decimal", () => {
    expect(parseDecimal("1e30")).toBe("1" + "0".repeat(30));
    expect(parseDecimal("1e31")).toBeNull();
    expect(parseDecimal("-2.5E-3")).toBe("-0.0025");
    expect(parseDecimal("0.123456789012345678905")).toBe("0.12345678901234567891");
  });

  it("rejects anything that is not a plain decimal", () => {
    for (const raw of ["", "  ", ".", "e5", "abc", "NaN", "Infinity", "1,000", "0x10", "1e999999", "12 34", null, undefined]) {
      expect(parseDecimal(raw as string | null)).toBeNull();
    }
  });
});

describe("arithmetic", () => {
  it("sums exactly where floats drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum(["0.1", "0.2"])).toBe("0.3");
    expect(sum(Array(10).fill("0.1"))).toBe("1");
    expect(sum([])).toBe("0");
    expect(sum(["9007199254740993", "1"])).toBe("9007199254740994");
  });

  it("adds, subtracts, divides and averages", () => {
    expect(add("1.05", "2.95")).toBe("4");
    expect(subtract("1", "1.5")).toBe("-0.5");
    expect(divide("1", "3")).toBe("0.33333333333333333333");
    expect(divide("1", "0")).toBeNull();
    expect(mean(["1", "2"])).toBe("1.5");
    expect(mean([])).toBeNull();
    expect(isZero("0.000")).toBe(true);
    expect(isZero("0.001")).toBe(false);
  });

  it("ratio is a number for display, null for a zero denominator", () => {
    expect(ratio("750", "1000")).toBe(0.75);
    expect(ratio("5", "0")).toBeNull();
    expect(ratio("0", "5")).toBe(0);
  });

  it("compares by value, not by string", () => {
    expect(compare("10", "9")).toBe(1);
    expect(compare("2.50", "2.5")).toBe(0);
    expect(compare("-1", "0")).toBe(-1);
  });

  it("scales and pro-rates", () => {
    expect(scale("1000", 0.25)).toBe("250");
    expect(scale("1000", "0.1")).toBe("100");
    expect(() => scale("1", Number.NaN)).toThrow(RangeError);
    expect(prorate("3100", 10, 31)).toBe("1000");
    expect(prorate("1000", 1, 3)).toBe("333.33333333333333333333");
    expect(() => prorate("1", 1, 0)).toThrow(RangeError);
  });

  it("takes numbers in exponent notation and divisors of either sign", () => {
    expect(scale("1000000000", 1e-7)).toBe("100");
    expect(multiply("2", 1e21)).toBe("2" + "0".repeat(21));
    expect(divide("1", "-3")).toBe("-0.33333333333333333333");
    expect(divide("2", "-3")).toBe("-0.66666666666666666667");
    expect(prorate("-1000", 2, 3)).toBe("-666.66666666666666666667");
  });

  it("refuses what is not a number instead of computing with it", () => {
    expect(() => add("abc", "1")).toThrow(TypeError);
    expect(() => multiply("1", Number.POSITIVE_INFINITY)).toThrow(RangeError);
    // Parsed amounts are remembered; a refusal is not, so asking again refuses again.
    expect(() => add("abc", "1")).toThrow(TypeError);
  });

  it("gives the same answers when amounts repeat", () => {
    for (let round = 0; round < 3; round++) {
      expect(sum(["0.1", "0.2", "1.5e3", "-0.3"])).toBe("1500");
      expect(add("1.5e3", "0.1")).toBe("1500.1");
      // Longer than the memo keeps: parsed every time, same answer.
      expect(add(`1.${"0".repeat(45)}1`, "1")).toBe("2");
    }
  });

  it("converts to number only on request", () => {
    expect(toNumber("1234.5")).toBe(1234.5);
  });
});
