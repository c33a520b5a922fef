import { describe, expect, it } from "vitest";
import { boundedMemo } from "@/lib/goals/bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once and returns the kept result after", () => {
    const memo = boundedMemo<string>(10);
    let calls = 0;
    const upper = (s: string) => memo(s, () => (calls++, s.toUpperCase()));
    expect([upper("a"), upper("b"), upper("a"), upper("a")]).toEqual(["A", "B", "A", "A"]);
    expect(calls).toBe(2);
  });

  it("keeps falsy results instead of computing them again", () => {
    const memo = boundedMemo<number>(10);
    let calls = 0;
    memo("zero", () => (calls++, 0));
    expect(memo("zero", () => (calls++, 1))).toBe(0);
    expect(calls).toBe(1);
  });

  it("drops everything once the limit is held, so memory stays bounded", () => {
    const memo = boundedMemo<number>(3);
    let calls = 0;
    const square = (n: number) => memo(String(n), () => (calls++, n * n));
    [1, 2, 3].forEach(square);
    expect(calls).toBe(3);
    expect(square(4)).toBe(16); // the fourth key clears the three before it
    expect(calls).toBe(4);
    expect(square(1)).toBe(1);
    expect(calls).toBe(5);
    expect(square(4)).toBe(16);
    expect(calls).toBe(5);
  });
});
