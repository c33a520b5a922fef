import { describe, expect, it } from "vitest";
import { type Attained, crossedTarget } from "@/lib/goals/crossings";

const at = (attainment: number | null, name = "Ava"): Attained => ({ name, goalName: "Revenue", attainment });

describe("who crossed 100% between two refreshes", () => {
  it("is someone below before and at or above after", () => {
    const before = new Map([["g|a", at(0.99)], ["g|b", at(1.2, "Liam")], ["g|c", at(0.5, "Mia")]]);
    const after = new Map([["g|a", at(1)], ["g|b", at(1.3, "Liam")], ["g|c", at(0.9, "Mia")], ["g|d", at(1.5, "Noah")]]);
    expect(crossedTarget(before, after).map((a) => a.name)).toEqual(["Ava"]);
  });

  it("is nobody when progress data appears or disappears", () => {
    expect(crossedTarget(new Map([["g|a", at(null)]]), new Map([["g|a", at(1.1)]]))).toEqual([]);
    expect(crossedTarget(new Map([["g|a", at(0.9)]]), new Map([["g|a", at(null)]]))).toEqual([]);
  });
});
