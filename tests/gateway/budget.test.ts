import { describe, expect, it } from "vitest";
import { reservoirFor, standardWindow } from "@/lib/hubspot/budget/limits";

/** Most calls a fixed-cycle reservoir can let through in any rolling 10 s window. */
function worstCaseWindow({ amount, intervalMs }: { amount: number; intervalMs: number }): number {
  return amount * (1 + Math.ceil(10_000 / intervalMs));
}

describe("reservoirFor", () => {
  it.each([2, 3, 5, 10, 21, 22, 50, 100, 110, 150, 190, 250])("keeps a rolling window under a limit of %i", (limit) => {
    const settings = reservoirFor(limit);
    expect(worstCaseWindow(settings)).toBeLessThanOrEqual(limit);
    expect(settings.amount).toBeGreaterThanOrEqual(1);
  });

  it("uses most of a realistic budget instead of starving the portal", () => {
    // 100 calls per 10 s: at least 90 should be usable.
    expect(worstCaseWindow(reservoirFor(100))).toBeGreaterThanOrEqual(90);
    expect(reservoirFor(100)).toEqual({ amount: 9, intervalMs: 1000 });
  });
});

describe("standardWindow", () => {
  it.each([2, 3, 5, 10, 21, 22, 50, 100, 110, 150, 190, 250])("lets at most the limit of %i reach HubSpot in any 10 s", (limit) => {
    const { count, ms } = standardWindow(limit);
    // Counted from answers, at most `count` calls reach HubSpot in any `ms`; a closed 10 s window
    // meets ceil(10001 / ms) such stretches.
    expect(count * Math.ceil(10_001 / ms)).toBeLessThanOrEqual(limit);
    expect(count).toBeGreaterThanOrEqual(1);
  });
});
