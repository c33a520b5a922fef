import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compare, divide, multiply, subtract, sum } from "@/lib/goals/decimal";
import { allocate } from "@/lib/goals/plan";

const decimal = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((cents) => divide(String(cents), 100)!);
const steps = fc.constantFrom("0.01", "1", "5", "100", "250", "1000", "0.5");
const isMultiple = (value: string, step: string) => /^-?\d+$/.test(divide(value, step)!);

describe("allocate", () => {
  it("spreads evenly with the leftover steps on the earliest parts", () => {
    expect(allocate("100", ["1", "1", "1"], "1")).toEqual(["34", "33", "33"]);
    expect(allocate("120000", Array(12).fill("1"), "1000")).toEqual(Array(12).fill("10000"));
    expect(allocate("10", ["1", "1", "1", "1"], "1")).toEqual(["3", "3", "2", "2"]);
  });

  it("follows the weights, largest remainders first", () => {
    // shares of 10 units by 1:2:3 are 1.67, 3.33, 5: floors 1, 3, 5, one unit left for the largest remainder (part 1)
    expect(allocate("10", ["1", "2", "3"], "1")).toEqual(["2", "3", "5"]);
    expect(allocate("600", ["0.5", "0.25", "0.25"], "100")).toEqual(["300", "200", "100"]);
  });

  it("puts a residue below one step on the part with the largest weight, earliest on a tie", () => {
    expect(allocate("100.5", ["1", "1", "1"], "1")).toEqual(["34.5", "33", "33"]);
    expect(allocate("1050", ["1", "3", "3"], "100")).toEqual(["200", "450", "400"]);
  });

  it("treats all-zero weights as equal parts and refuses nonsense", () => {
    expect(allocate("9", ["0", "0", "0"], "1")).toEqual(["3", "3", "3"]);
    expect(() => allocate("-1", ["1"], "1")).toThrow(/negative/);
    expect(() => allocate("1", ["1"], "0")).toThrow(/positive/);
    expect(() => allocate("1", ["-1", "2"], "1")).toThrow(/negative/);
    expect(() => allocate("1", [], "1")).toThrow();
  });

  it("always keeps the total exactly, never goes negative, and stays within one step of each exact share", () => {
    fc.assert(
      fc.property(decimal(100_000_000), fc.array(decimal(10_000), { minLength: 1, maxLength: 53 }), steps, (total, weights, step) => {
        const parts = allocate(total, weights, step);
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts)).toBe(sum([total]));
        const weightSum = sum(weights);
        const effective = compare(weightSum, "0") === 0 ? weights.map(() => "1") : weights;
        const effectiveSum = sum(effective);
        const offStep = parts.filter((part) => !isMultiple(part, step));
        expect(offStep.length).toBeLessThanOrEqual(1);
        parts.forEach((part, i) => {
          expect(compare(part, "0")).toBeGreaterThanOrEqual(0);
          const ideal = divide(multiply(total, effective[i]), effectiveSum)!;
          // within one step, plus the sub-step residue where it was placed
          const slack = isMultiple(part, step) ? step : add(step, step);
          expect(compare(subtract(part, ideal).replace(/^-/, ""), slack)).toBeLessThanOrEqual(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input gives the same parts", () => {
    fc.assert(
      fc.property(decimal(1_000_000), fc.array(decimal(1000), { minLength: 1, maxLength: 12 }), steps, (total, weights, step) => {
        expect(allocate(total, weights, step)).toEqual(allocate(total, [...weights], step));
      }),
    );
  });
});
