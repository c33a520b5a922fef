import { describe, expect, it } from "vitest";
import { changesOf, edit, emptyDraft, lastYearOf, pasteBlock, rebase, redo, totalsOf, undo, yearBefore } from "@/lib/goals/plan";
import { planOf, schedule } from "./fixtures";

describe("draft with undo and redo", () => {
  const { plan, targets } = planOf(schedule("owner:1", "901", ["100", "100"]), schedule("owner:2", "902", ["200", "200"]));
  const [a1, a2, b1] = targets;

  it("keeps only real changes, undoes and redoes whole steps", () => {
    let state = edit(emptyDraft(), targets, "type", { [a1.id]: "150" });
    state = edit(state, targets, "paste", { [a2.id]: "175", [b1.id]: "200" });
    expect(state.values).toEqual({ [a1.id]: "150", [a2.id]: "175" });
    expect(state.past.map((s) => s.label)).toEqual(["type", "paste"]);
    expect(edit(state, targets, "same", { [a1.id]: "150" })).toBe(state);
    state = undo(state);
    expect(state.values).toEqual({ [a1.id]: "150" });
    state = redo(state);
    expect(state.values).toEqual({ [a1.id]: "150", [a2.id]: "175" });
    state = edit(undo(state), targets, "back to HubSpot", { [a1.id]: "100" });
    expect(state.values).toEqual({});
    expect(state.future).toEqual([]);
    expect(undo(undo(undo(undo(state)))).values).toEqual({});
  });

  it("drops drafts that HubSpot now holds after an apply", () => {
    const state = edit(emptyDraft(), targets, "type", { [a1.id]: "150", [a2.id]: "160" });
    expect(rebase(state, [{ ...a1, amount: "150" }, a2]).values).toEqual({ [a2.id]: "160" });
  });

  it("lists changes with deltas and totals per row, period and goal", () => {
    const draft = { [a1.id]: "150.5", [b1.id]: "150" };
    expect(changesOf(plan, draft).map((c) => [c.before, c.after, c.delta])).toEqual([
      ["100", "150.5", "50.5"],
      ["200", "150", "-50"],
    ]);
    expect(totalsOf(plan, {})).toEqual({ rows: { "901": "200", "902": "400" }, columns: { [plan.periods[0].key]: "300", [plan.periods[1].key]: "300" }, goal: "600" });
    expect(totalsOf(plan, draft).goal).toBe("600.5");
    // AVG goals (response times) average their periods instead.
    expect(totalsOf(plan, draft, "mean")).toEqual({ rows: { "901": "125.25", "902": "175" }, columns: { [plan.periods[0].key]: "150.25", [plan.periods[1].key]: "150" }, goal: "150.125" });
  });

  it("pastes a spreadsheet block at a cell, skipping what falls outside", () => {
    const result = pasteBlock(plan, 0, 1, "1,500\t9\n250\t\n");
    expect(result.amounts).toEqual({ [a2.id]: "1500", [targets[3].id]: "250" });
    expect(result.skipped).toBe(1);
    expect(pasteBlock(plan, 0, 0, "x").errors).toEqual(['Ava Thompson · 2026-01-01: "x" is not an amount.']);
  });
});

describe("last year", () => {
  it("goes a calendar year back, 52 weeks for weekly periods, 28 February for a leap day", () => {
    expect(yearBefore("2026-03-01T05:00:00.000Z", "monthly")).toBe("2025-03-01T05:00:00.000Z");
    expect(yearBefore("2026-05-11T00:00:00.000Z", "weekly")).toBe("2025-05-12T00:00:00.000Z");
    expect(yearBefore("2028-02-29T00:00:00.000Z", "monthly")).toBe("2027-02-28T00:00:00.000Z");
  });

  it("finds the same assignee's target of the same goal type a year earlier", () => {
    const [cell] = schedule("owner:1", "901", ["100"]);
    const past = [
      { assigneeKey: "owner:1", goalType: "calls_made", start: "2025-01-01T00:00:00.000Z", end: "2025-02-01T00:00:00.000Z", amount: "1", actual: null },
      { assigneeKey: "owner:2", goalType: "sales_quota", start: "2025-01-01T00:00:00.000Z", end: "2025-02-01T00:00:00.000Z", amount: "2", actual: null },
      { assigneeKey: "owner:1", goalType: "sales_quota", start: "2025-01-01T00:00:00Z", end: "2025-02-01T00:00:00.000Z", amount: "90", actual: "95.5" },
    ];
    expect(lastYearOf([cell], "sales_quota", past)).toEqual({ [cell.id]: { target: "90", actual: "95.5" } });
    expect(lastYearOf([cell], "sales_quota", past.slice(0, 2))).toEqual({});
  });
});
