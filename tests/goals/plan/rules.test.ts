import { describe, expect, it } from "vitest";
import { changeProblems, checkAmount, familyProblems, parseAmountInput, type PlanTarget } from "@/lib/goals/plan";
import { month, nameOf, schedule } from "./fixtures";

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe("family rules on HubSpot's data (warnings)", () => {
  it("finds nothing wrong with a well-formed family", () => {
    const family = [...schedule("owner:1", "901", Array(12).fill("1")), ...schedule("owner:2", "902", Array(12).fill("1"))];
    expect(familyProblems(family, nameOf)).toEqual([]);
  });

  it("reports gaps, overlaps and periods that are not one milestone long", () => {
    const [jan, feb, mar, apr] = schedule("owner:1", "901", ["1", "1", "1", "1"]);
    const gap: PlanTarget = { ...mar, ...month(3), id: "g" };
    const overlap: PlanTarget = { ...apr, start: "2026-01-15T00:00:00.000Z", end: "2026-02-15T00:00:00.000Z", id: "o" };
    const long: PlanTarget = { ...feb, end: "2026-03-15T00:00:00.000Z" };
    const problems = familyProblems([jan, long, gap, overlap], nameOf);
    expect(codes(problems).sort()).toEqual(["PERIOD_GAP", "PERIOD_LENGTH", "PERIOD_OVERLAP", "PERIOD_OVERLAP"].sort());
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(problems.find((p) => p.code === "PERIOD_GAP")!.message).toBe("Ava Thompson · 2026-04-01: a gap after the period ending 2026-03-14; periods must follow each other.");
  });

  it("accepts weekly, quarterly and daylight-saving-shifted periods", () => {
    const week = (i: number) => ({ start: new Date(Date.UTC(2026, 2, 2 + 7 * i)).toISOString(), end: new Date(Date.UTC(2026, 2, 9 + 7 * i)).toISOString() });
    const weekly = [0, 1, 2].map((i) => ({ ...schedule("owner:1", "901", ["5"])[0], milestone: "weekly", ...week(i) }));
    expect(familyProblems(weekly, nameOf)).toEqual([]);
    const quarter = { ...schedule("owner:1", "901", ["5"])[0], milestone: "quarterly", start: "2026-03-01T05:00:00.000Z", end: "2026-06-01T04:00:00.000Z" };
    expect(familyProblems([quarter], nameOf)).toEqual([]);
  });

  it("reports mixed family ids, several schedules for one assignee and one schedule shared by two", () => {
    const a = schedule("owner:1", "901", ["1", "1"]);
    const b = schedule("owner:1", "903", [null, null, "1"]);
    const c = schedule("owner:2", "901", [null, null, "1"], "99999999-2222-4333-8444-555555555555");
    expect(codes(familyProblems([...a, ...b, ...c], nameOf)).sort()).toEqual(["MIXED_FAMILY", "SCHEDULE_GROUPS", "SHARED_GROUP"]);
  });
});

describe("rules a change must keep (errors)", () => {
  const family = [...schedule("owner:1", "901", ["100", "100"]), ...schedule("owner:2", "902", ["100", "100"])];

  it("refuses negative, malformed and over-precise amounts, and targets outside the goal", () => {
    const problems = changeProblems(
      family,
      [
        { targetId: family[0].id, properties: { hs_target_amount: "-5" } },
        { targetId: family[1].id, properties: { hs_target_amount: "1e3" } },
        { targetId: family[2].id, properties: { hs_target_amount: "1234567890.123456" } },
        { targetId: family[3].id, properties: { hs_target_amount: "50.25" } },
        { targetId: "42", properties: { hs_target_amount: "1" } },
      ],
      nameOf,
    );
    expect(codes(problems)).toEqual(["INVALID_AMOUNT", "INVALID_AMOUNT", "INVALID_AMOUNT", "NOT_IN_FAMILY"]);
    expect(problems[0].message).toBe("Ava Thompson · 2026-01-01: -5 is negative; a target is zero or more.");
    expect(problems[2].message).toMatch(/more than 15 significant digits/);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("requires a family-wide property to change on every target, to one value", () => {
    const all = family.map((t) => ({ targetId: t.id, properties: { hs_goal_name: "2026 Quota" } }));
    expect(changeProblems(family, all, nameOf)).toEqual([]);
    expect(codes(changeProblems(family, all.slice(1), nameOf))).toEqual(["PARTIAL_FAMILY_CHANGE"]);
    const mixed = all.map((c, i) => ({ ...c, properties: { hs_goal_name: i ? "A" : "B" } }));
    expect(codes(changeProblems(family, mixed, nameOf))).toEqual(["PARTIAL_FAMILY_CHANGE"]);
  });
});

describe("amounts", () => {
  it("reads what people type or paste", () => {
    const ok = (raw: string) => {
      const parsed = parseAmountInput(raw);
      return parsed.ok ? parsed.value : parsed.message;
    };
    expect(ok("45000")).toBe("45000");
    expect(ok(" 45,000.50 ")).toBe("45000.5");
    expect(ok("$45,000")).toBe("45000");
    expect(ok("€ 1 250")).toBe("1250");
    expect(ok("0.5")).toBe("0.5");
    expect(ok(".5")).toBe("0.5");
    expect(ok("7.")).toBe("7");
    expect(ok("4,5")).toBe('"4,5": use a point for decimals (4.5).');
    expect(ok("45,00,0")).toBe('"45,00,0" is not an amount.');
    expect(ok("-3")).toBe("-3 is negative; a target is zero or more.");
    expect(ok("lots")).toBe('"lots" is not an amount.');
    expect(ok("")).toBe("An amount is needed.");
    expect(ok("1234567890123456")).toMatch(/more than 15 significant digits/);
    expect(ok("123456789012345")).toBe("123456789012345");
  });

  it("checks canonical amounts for writing", () => {
    expect(checkAmount("100.10")).toEqual({ ok: true, value: "100.1" });
    expect(checkAmount("1e3").ok).toBe(false);
    expect(checkAmount("0").ok).toBe(true);
  });
});
