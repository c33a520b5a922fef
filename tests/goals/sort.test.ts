import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { goalRows, targetRows } from "@/lib/goals/rows";
import { GOAL_SORT_KEYS, type GoalSortKey, TARGET_SORT_KEYS, type TargetSortKey, sortGoals, sortTargets } from "@/lib/goals/sort";
import { directoryIndex } from "./directory";
import { makeTarget } from "./fixtures";

const now = "2026-02-15T00:00:00.000Z";
const context = { now, timeZone: "UTC", directory: directoryIndex };

describe("sortTargets", () => {
  // X and Y differ in every column; Z is empty wherever a column can be empty.
  const x = makeTarget({
    id: "9", goalId: "9", scheduleId: "9", name: "alpha", goalType: "deals_created", cadence: "monthly",
    assignee: { kind: "owner", id: "100" }, start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z",
    amount: "9", actual: "5", direction: "LOWER_IS_BETTER", metricType: "AVG", unit: "count", currency: "EUR",
    pipelineIds: ["1"], fiscalYearOffset: 0, createdByUserId: "9", createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z", archived: false,
  });
  const y = makeTarget({
    id: "10", goalId: "10", scheduleId: "10", name: "Beta", goalType: "sales_quota", cadence: "quarterly",
    assignee: { kind: "user", id: "777" }, start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z",
    amount: "10", actual: "1", direction: "HIGHER_IS_BETTER", metricType: "SUM", unit: "currency", currency: "USD",
    pipelineIds: ["2"], fiscalYearOffset: 3, createdByUserId: "10", createdAt: "2026-01-02T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z", archived: true,
  });
  const z = makeTarget({
    id: "11", goalId: "11", scheduleId: "11", name: "", goalType: null, cadence: null, assignee: { kind: "none" },
    actual: null, currency: null, pipelineIds: [], createdByUserId: null, start: "2026-03-01T00:00:00.000Z",
    end: "2026-04-01T00:00:00.000Z", createdAt: "2026-01-03T00:00:00.000Z", updatedAt: "2026-01-03T00:00:00.000Z", fiscalYearOffset: 6,
  });
  const label = new Map<Target, string>([[x, "X"], [y, "Y"], [z, "Z"]]);
  const rows = targetRows([z, y, x], context);
  const order = (key: TargetSortKey, dir: "asc" | "desc") => sortTargets(rows, key, dir).map((row) => label.get(row.target));

  // Y sorts first where: it is active while X has ended; its pace (1 of 5 expected) is behind X's
  // outcome (5 against 9, lower is better); its attainment 0.1 is below 0.56; HIGHER < LOWER. Amounts group
  // by unit before size, so X's counts come before Y's money even where Y's number is smaller.
  const yFirst = new Set<TargetSortKey>(["status", "pace", "attainment", "direction"]);
  const nullable = new Set<TargetSortKey>(["name", "type", "cadence", "actual", "attainment", "pace", "currency", "pipelines", "createdBy"]);

  it("has a sort for every column", () => {
    expect(TARGET_SORT_KEYS).toHaveLength(24);
  });

  it.each(TARGET_SORT_KEYS.map((key) => [key]))("sorts by %s both ways, empty cells last", (key) => {
    const [lo, hi] = yFirst.has(key) ? ["Y", "X"] : ["X", "Y"];
    const asc = order(key, "asc").filter((l) => l !== "Z" || !nullable.has(key));
    const desc = order(key, "desc").filter((l) => l !== "Z" || !nullable.has(key));
    expect(asc.filter((l) => l !== "Z")).toEqual([lo, hi]);
    expect(desc.filter((l) => l !== "Z")).toEqual([hi, lo]);
    if (nullable.has(key)) {
      expect(order(key, "asc").at(-1)).toBe("Z");
      expect(order(key, "desc").at(-1)).toBe("Z");
    }
  });

  it("compares amounts as numbers, not strings", () => {
    expect(order("target", "asc").slice(0, 2)).toEqual(["X", "Y"]); // "9" < "10"
  });

  it("keeps input order for equal values in both directions", () => {
    const same = [makeTarget({ id: "a", unit: "count" }), makeTarget({ id: "b", unit: "count" }), makeTarget({ id: "c", unit: "count" })];
    const sameRows = targetRows(same, context);
    expect(sortTargets(sameRows, "unit", "asc").map((r) => r.target.id)).toEqual(["a", "b", "c"]);
    expect(sortTargets(sameRows, "unit", "desc").map((r) => r.target.id)).toEqual(["a", "b", "c"]);
  });

  it("does not mutate its input", () => {
    const before = rows.map((r) => r.target.id);
    sortTargets(rows, "name", "asc");
    expect(rows.map((r) => r.target.id)).toEqual(before);
  });
});

describe("sortGoals", () => {
  const targets = [
    // A: Ada, monthly, current target 9 of 19, behind (0 of 9 expected so far).
    makeTarget({ goalId: "A", name: "Alpha", goalType: "deals_created", cadence: "monthly", assignee: { kind: "owner", id: "100" },
      start: "2026-01-01T00:00:00.000Z", end: "2026-02-01T00:00:00.000Z", amount: "10", actual: "0" }),
    makeTarget({ goalId: "A", name: "Alpha", goalType: "deals_created", cadence: "monthly", assignee: { kind: "owner", id: "100" },
      start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z", amount: "9", actual: "0" }),
    // B: Lin, quarterly, current target 100, ahead.
    makeTarget({ goalId: "B", name: "beta", goalType: "sales_quota", cadence: "quarterly", assignee: { kind: "user", id: "777" },
      start: "2026-01-15T00:00:00.000Z", end: "2026-04-01T00:00:00.000Z", amount: "100", actual: "90" }),
    // C: no type, no cadence, not current, no data.
    makeTarget({ goalId: "C", name: "Gamma", goalType: null, cadence: null, assignee: { kind: "none" },
      start: "2026-06-01T00:00:00.000Z", end: "2026-07-01T00:00:00.000Z", amount: "5" }),
  ];
  const rows = goalRows(groupGoals(targets), context);
  const order = (key: GoalSortKey, dir: "asc" | "desc") => sortGoals(rows, key, dir).map((row) => row.goal.id);

  it.each<[GoalSortKey, string[]]>([
    ["name", ["A", "B", "C"]],
    ["type", ["A", "B", "C"]],
    ["cadence", ["A", "B", "C"]],
    ["assignees", ["A", "B", "C"]],
    ["start", ["A", "B", "C"]],
    ["end", ["A", "B", "C"]],
    ["currentTarget", ["A", "B", "C"]],
    ["totalTarget", ["C", "A", "B"]],
    ["attainment", ["A", "B", "C"]],
    ["progress", ["A", "B", "C"]],
    ["pace", ["A", "B", "C"]],
  ])("sorts by %s", (key, ascending) => {
    expect(order(key, "asc")).toEqual(ascending);
    const nullable = ["type", "cadence", "currentTarget", "attainment", "progress", "pace"].includes(key);
    const descending = nullable ? [...ascending.slice(0, 2).reverse(), "C"] : [...ascending].reverse();
    expect(order(key, "desc")).toEqual(descending);
  });

  it("keeps money, counts and durations apart when sorting amounts, whatever their raw size", () => {
    const goal = (goalId: string, unit: "currency" | "count" | "duration", amount: string) =>
      makeTarget({ goalId, unit, amount, start: "2026-02-01T00:00:00.000Z", end: "2026-03-01T00:00:00.000Z" });
    // 5.6 hours is 20,160,000 ms: it must not sort above $4.8M.
    const mixed = goalRows(groupGoals([goal("hours", "duration", "20160000"), goal("money", "currency", "4800000"), goal("calls", "count", "300"), goal("cash", "currency", "10")]), context);
    const ids = (key: GoalSortKey, dir: "asc" | "desc") => sortGoals(mixed, key, dir).map((row) => row.goal.id);
    expect(ids("totalTarget", "asc")).toEqual(["calls", "cash", "money", "hours"]);
    expect(ids("totalTarget", "desc")).toEqual(["hours", "money", "cash", "calls"]);
    expect(ids("currentTarget", "asc")).toEqual(["calls", "cash", "money", "hours"]);
  });

  it("covers every goal list column", () => {
    expect([...GOAL_SORT_KEYS].sort()).toEqual(
      ["assignees", "attainment", "cadence", "currentTarget", "end", "name", "pace", "progress", "projected", "start", "totalTarget", "type"],
    );
  });

  it("sorts 10,000 rows", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...rows[i % 3], currentTarget: String((i * 7919) % 10_007) }));
    const sorted = sortGoals(many, "currentTarget", "desc");
    expect(sorted[0].currentTarget).toBe("10006");
  });
});
