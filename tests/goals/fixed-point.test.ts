import { describe, expect, it } from "vitest";
import { divideRounded, fromFixedPoint, toFixedPoint } from "@/lib/goals/fixed-point";

describe("fixed point", () => {
  it("round-trips canonical decimals", () => {
    for (const value of ["0", "1", "-1", "1234.5", "0.00000000000000000001", "-0.5", "98765432109876543210.12345678901234567891"]) {
      expect(fromFixedPoint(toFixedPoint(value))).toBe(value);
    }
  });

  it("rounds half up beyond 20 places", () => {
    expect(fromFixedPoint(toFixedPoint("0.000000000000000000015"))).toBe("0.00000000000000000002");
    expect(fromFixedPoint(toFixedPoint("0.000000000000000000014"))).toBe("0.00000000000000000001");
  });

  it("divides with rounding half away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });

  it("never prints negative zero", () => {
    expect(fromFixedPoint(-0n)).toBe("0");
    expect(fromFixedPoint(toFixedPoint("-0.000"))).toBe("0");
  });
});
