import { add, multiply, sum } from "../decimal";
import { allocate } from "./allocate";
import { type DraftValues, type LastYear, type Plan, type PlanRow, type PlanTarget, valueOf } from "./model";

/**
 * The plan's bulk tools. Each returns new amounts by target id (or a sentence saying why it cannot
 * run), for the grid to apply as one undoable step. Amounts stay exact decimals throughout.
 */
export type ToolResult = { ok: true; amounts: Record<string, string> } | { ok: false; message: string };

/** How a total is shared over an assignee's periods. */
export type Profile =
  | { kind: "even" }
  /** One weight per period of the plan, in period order (e.g. a seasonal curve). */
  | { kind: "weights"; weights: readonly string[] }
  | { kind: "lastYearTargets" }
  | { kind: "lastYearActuals" };

export interface ToolContext {
  plan: Plan;
  draft: DraftValues;
  lastYear: Readonly<Record<string, LastYear>>;
}

const cellsOf = (row: PlanRow) => row.cells.flatMap((cell, index) => (cell ? [{ cell, index }] : []));

function rowsOf(ctx: ToolContext, rowKeys: readonly string[]): PlanRow[] | string {
  if (rowKeys.length === 0) return "Choose at least one assignee.";
  const rows = rowKeys.map((key) => ctx.plan.rows.find((row) => row.key === key));
  return rows.some((row) => !row) ? "An assignee chosen is not in this goal." : (rows as PlanRow[]);
}

const PROFILE_NAMES = { lastYearTargets: "last year's target", lastYearActuals: "last year's actual" } as const;

function weightsFor(ctx: ToolContext, row: PlanRow, profile: Profile): string[] | string {
  const cells = cellsOf(row);
  switch (profile.kind) {
    case "even":
      return cells.map(() => "1");
    case "weights": {
      if (profile.weights.length !== ctx.plan.periods.length) return `Give one weight per period (${ctx.plan.periods.length}).`;
      return cells.map(({ index }) => profile.weights[index]);
    }
    case "lastYearTargets":
    case "lastYearActuals": {
      const field = profile.kind === "lastYearTargets" ? "target" : "actual";
      const weights = cells.map(({ cell }) => ctx.lastYear[cell.id]?.[field] ?? null);
      const missing = cells.filter((_, i) => weights[i] === null).length;
      if (missing) return `${row.name} has no ${PROFILE_NAMES[profile.kind]} for ${missing} of ${cells.length} periods, so it cannot shape the spread.`;
      return weights as string[];
    }
  }
}

/**
 * Spreads a total over each chosen assignee's periods by the profile, rounded to `step` with the
 * total kept exactly. `each`: every assignee gets the total; `split`: the total is shared among the
 * assignees first, in proportion to what the grid shows for them now (evenly if that is all zero).
 */
export function spreadTotal(ctx: ToolContext, options: { rowKeys: readonly string[]; total: string; mode: "each" | "split"; profile: Profile; step: string }): ToolResult {
  const rows = rowsOf(ctx, options.rowKeys);
  if (typeof rows === "string") return { ok: false, message: rows };
  const rowTotals =
    options.mode === "each"
      ? rows.map(() => options.total)
      : allocate(options.total, rows.map((row) => sum(cellsOf(row).map(({ cell }) => valueOf(cell, ctx.draft)))), options.step);
  const amounts: Record<string, string> = {};
  for (const [i, row] of rows.entries()) {
    const weights = weightsFor(ctx, row, options.profile);
    if (typeof weights === "string") return { ok: false, message: weights };
    const cells = cellsOf(row);
    if (cells.length === 0) continue;
    allocate(rowTotals[i], weights, options.step).forEach((amount, k) => (amounts[cells[k].cell.id] = amount));
  }
  return { ok: true, amounts };
}

/** `base` × (1 + percent/100) for each cell, then rounded to `step` per assignee, the exact total kept. */
export function adjustByPercent(ctx: ToolContext, options: { rowKeys: readonly string[]; percent: string; base: "current" | "lastYearTargets"; step: string }): ToolResult {
  const rows = rowsOf(ctx, options.rowKeys);
  if (typeof rows === "string") return { ok: false, message: rows };
  const factor = add("1", multiply(options.percent, "0.01"));
  if (factor.startsWith("-")) return { ok: false, message: "A change below −100% would make targets negative." };
  const amounts: Record<string, string> = {};
  for (const row of rows) {
    const cells = cellsOf(row);
    const bases = cells.map(({ cell }) => (options.base === "current" ? valueOf(cell, ctx.draft) : (ctx.lastYear[cell.id]?.target ?? null)));
    const missing = bases.filter((value) => value === null).length;
    if (missing) return { ok: false, message: `${row.name} has no last year's target for ${missing} of ${cells.length} periods.` };
    Object.assign(amounts, roundedRow(cells.map(({ cell }) => cell), bases.map((value) => multiply(value!, factor)), options.step));
  }
  return { ok: true, amounts };
}

/** The other assignee's amounts, period by period, where both have a target. */
export function copyFromAssignee(ctx: ToolContext, options: { fromRowKey: string; rowKeys: readonly string[] }): ToolResult {
  const from = ctx.plan.rows.find((row) => row.key === options.fromRowKey);
  if (!from) return { ok: false, message: "The assignee to copy from is not in this goal." };
  const rows = rowsOf(ctx, options.rowKeys.filter((key) => key !== from.key));
  if (typeof rows === "string") return { ok: false, message: rows === "Choose at least one assignee." ? "Choose an assignee to copy to, other than the one copied from." : rows };
  const amounts: Record<string, string> = {};
  for (const row of rows) {
    row.cells.forEach((cell, index) => {
      const source = from.cells[index];
      if (cell && source) amounts[cell.id] = valueOf(source, ctx.draft);
    });
  }
  return { ok: true, amounts };
}

/** Each chosen assignee's amounts rounded to `step`, each assignee's total kept exactly. */
export function roundToStep(ctx: ToolContext, options: { rowKeys: readonly string[]; step: string }): ToolResult {
  const rows = rowsOf(ctx, options.rowKeys);
  if (typeof rows === "string") return { ok: false, message: rows };
  const amounts: Record<string, string> = {};
  for (const row of rows) {
    const cells = cellsOf(row).map(({ cell }) => cell);
    Object.assign(amounts, roundedRow(cells, cells.map((cell) => valueOf(cell, ctx.draft)), options.step));
  }
  return { ok: true, amounts };
}

function roundedRow(cells: readonly PlanTarget[], values: readonly string[], step: string): Record<string, string> {
  if (cells.length === 0) return {};
  const rounded = allocate(sum(values), values, step);
  return Object.fromEntries(cells.map((cell, i) => [cell.id, rounded[i]]));
}
