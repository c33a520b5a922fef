import { describe, expect, it } from "vitest";
import { backoffMs } from "@/lib/hubspot/http/call";

describe("backoffMs", () => {
  it("grows exponentially from 200 ms and is capped at 2 s", () => {
    const top = () => 0.999999;
    expect(backoffMs(0, top)).toBe(200);
    expect(backoffMs(1, top)).toBe(400);
    expect(backoffMs(2, top)).toBe(800);
    expect(backoffMs(6, top)).toBe(2000);
  });

  it("jitters within the upper half of the ceiling so retries spread out", () => {
    expect(backoffMs(2, () => 0)).toBe(400);
    expect(backoffMs(2, () => 0.5)).toBe(600);
  });
});
