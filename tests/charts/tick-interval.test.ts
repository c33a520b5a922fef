import { describe, expect, it } from "vitest";
import { tickInterval } from "@/components/charts/tick-interval";

describe("tickInterval", () => {
  it("shows every tick when each label fits its slot with the gap", () => {
    // 12 months over 960 px: 80 px a slot, labels of 60 px plus 8 px gap fit.
    expect(tickInterval(12, 60, 960, 8)).toBe(0);
  });

  it("skips ticks so shown labels are at least the label width plus the gap apart", () => {
    // 52 weeks over 800 px: slots of 15.4 px; a 40 px label and 8 px gap need 4 slots.
    const k = tickInterval(52, 40, 800, 8);
    expect(k).toBe(3);
    expect(((k + 1) * 800) / 52).toBeGreaterThanOrEqual(48);
    expect((k * 800) / 52).toBeLessThan(48);
  });

  it("does not skip when there is one tick or no width yet", () => {
    expect(tickInterval(1, 500, 100, 8)).toBe(0);
    expect(tickInterval(20, 60, 0, 8)).toBe(0);
    expect(tickInterval(20, 60, Number.NaN, 8)).toBe(0);
  });
});
