import { mean, subtract, sum } from "../decimal";
import { type DraftValues, type Plan, type PlanTarget, valueOf } from "./model";

/** One cell whose draft differs from HubSpot's value. */
export interface CellChange {
  target: PlanTarget;
  rowKey: string;
  periodKey: string;
  before: string;
  after: string;
  /** after − before. */
  delta: string;
}

export interface Totals {
  rows: Record<string, string>;
  columns: Record<string, string>;
  goal: string;
}

/** The draft's changes in grid order (row by row, period by period). */
export function changesOf(plan: Plan, draft: DraftValues): CellChange[] {
  const changes: CellChange[] = [];
  for (const row of plan.rows) {
    row.cells.forEach((cell, index) => {
      if (!cell || draft[cell.id] === undefined || draft[cell.id] === cell.amount) return;
      const after = draft[cell.id];
      changes.push({ target: cell, rowKey: row.key, periodKey: plan.periods[index].key, before: cell.amount, after, delta: subtract(after, cell.amount) });
    });
  }
  return changes;
}

/**
 * How a goal's amounts add up: SUM goals (revenue, calls) by their total; AVG goals (a response
 * time per period) by their mean, since adding averages means nothing.
 */
export type Aggregate = "sum" | "mean";

export function aggregate(values: readonly string[], how: Aggregate): string {
  return how === "sum" ? sum(values) : (mean(values) ?? "0");
}

/** Totals (or means) per row, per period and for the goal, of what the grid shows. */
export function totalsOf(plan: Plan, draft: DraftValues, how: Aggregate = "sum"): Totals {
  const rows: Record<string, string> = {};
  const columnValues: string[][] = plan.periods.map(() => []);
  for (const row of plan.rows) {
    const values: string[] = [];
    row.cells.forEach((cell, index) => {
      if (!cell) return;
      const value = valueOf(cell, draft);
      values.push(value);
      columnValues[index].push(value);
    });
    rows[row.key] = aggregate(values, how);
  }
  const columns = Object.fromEntries(plan.periods.map((period, index) => [period.key, aggregate(columnValues[index], how)]));
  return { rows, columns, goal: aggregate(columnValues.flat(), how) };
}
