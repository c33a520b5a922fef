import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan, importPlanCsv, parseDelimited, planCsv } from "@/lib/goals/plan";
import { planOf, schedule } from "./fixtures";

function fixture() {
  return planOf(schedule("owner:1", "901", ["1000", "1000", "1000"]), schedule("owner:2", "902", ["2000", null, "2000"]));
}

describe("plan CSV", () => {
  it("exports the grid with the same columns the import reads", () => {
    const { plan } = fixture();
    const text = planCsv(plan, {});
    expect(text).toBe("Assignee,Schedule id,2026-01-01,2026-02-01,2026-03-01\r\nAva Thompson,901,1000,1000,1000\r\nLiam Carter,902,2000,,2000\r\n");
    expect(importPlanCsv(plan, {}, text)).toEqual({ amounts: {}, errors: [] });
  });

  it("round-trips any draft: exported with it, imported into the plan without it, gives the draft back (property)", () => {
    const { plan, targets } = fixture();
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1e9 }).map((cents) => cents / 100), { nil: undefined }), { minLength: targets.length, maxLength: targets.length }), (values) => {
        const draft: Record<string, string> = {};
        targets.forEach((target, i) => {
          const value = values[i];
          if (value !== undefined && String(value) !== target.amount) draft[target.id] = String(value);
        });
        expect(importPlanCsv(plan, {}, planCsv(plan, draft))).toEqual({ amounts: draft, errors: [] });
      }),
    );
  });

  it("reads names with commas and quotes, semicolon files, a BOM, CRLF, and matches rows by name when the id is blank", () => {
    const tricky = buildPlan(schedule("owner:9", "909", ["1", "1"]), () => 'O\'Connor, "Jim"');
    expect(importPlanCsv(tricky, {}, planCsv(tricky, {})).errors).toEqual([]);
    const { plan, targets } = fixture();
    const text = "\uFEFFAssignee;Schedule id;2026-02-01\r\nava thompson;;1.500,00\r\nLiam Carter;902;\r\n";
    expect(importPlanCsv(plan, {}, text).errors).toEqual([{ line: 2, message: 'Ava Thompson, 2026-02-01: "1.500,00" is not an amount.' }]);
    expect(importPlanCsv(plan, {}, "Assignee;2026-02-01\nAva Thompson;1500\n").amounts).toEqual({ [targets[1].id]: "1500" });
  });

  it("rejects unknown assignees, periods and malformed amounts with a message per line, changing nothing for a bad header", () => {
    const { plan } = fixture();
    const text = ["Assignee,Schedule id,2026-01-01,2026-03-01", "Ava Thompson,901,1200,abc", "Nobody,,5,5", "Liam Carter,999,1,1", "Liam Carter,902,-5,7", "Ava Thompson,901,1,1"].join("\n");
    const result = importPlanCsv(plan, {}, text);
    expect(result.errors).toEqual([
      { line: 2, message: 'Ava Thompson, 2026-03-01: "abc" is not an amount.' },
      { line: 3, message: '"Nobody" is not an assignee of this goal.' },
      { line: 4, message: "Schedule id 999 (Liam Carter) is not an assignee of this goal." },
      { line: 5, message: "Liam Carter, 2026-01-01: -5 is negative; a target is zero or more." },
      { line: 6, message: "Ava Thompson appears again (first on line 2)." },
    ]);
    expect(Object.keys(result.amounts)).toHaveLength(2);
    expect(importPlanCsv(plan, {}, "Assignee,2025-01-01\nAva Thompson,1\n")).toEqual({
      amounts: {},
      errors: [{ line: 1, message: 'Column "2025-01-01" is not a period of this goal (periods are headed by their first day, e.g. 2026-01-01).' }],
    });
    expect(importPlanCsv(plan, {}, "Liam Carter,2026-02-01\nLiam Carter,5\n").errors[0].message).toMatch(/needs an "Assignee"/);
    expect(importPlanCsv(plan, {}, "Schedule id,2026-02-01\n902,5\n").errors).toEqual([{ line: 2, message: "Liam Carter has no target for 2026-02-01; leave that cell empty." }]);
    expect(importPlanCsv(plan, {}, "").errors).toEqual([{ line: 1, message: "The file is empty." }]);
  });

  it("parses RFC 4180 quoting, keeping the line each record starts on", () => {
    expect(parseDelimited('a,"b\nc",d\r\n"e""f",g\n')).toEqual([
      { line: 1, fields: ["a", "b\nc", "d"] },
      { line: 3, fields: ['e"f', "g"] },
    ]);
    expect(parseDelimited("1\t2\n3\t4")).toEqual([
      { line: 1, fields: ["1", "2"] },
      { line: 2, fields: ["3", "4"] },
    ]);
  });
});
