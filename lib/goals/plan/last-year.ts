import type { LastYear, PlanTarget } from "./model";

const DAY_MS = 86_400_000;

/**
 * The same period a year earlier: a calendar year back in UTC, except weekly periods, which go back
 * 52 weeks so that a Monday-to-Sunday week lines up with one.
 */
export function yearBefore(iso: string, milestone: string | null): string {
  const ms = Date.parse(iso);
  if (milestone === "weekly") return new Date(ms - 364 * DAY_MS).toISOString();
  const date = new Date(ms);
  const shifted = new Date(ms);
  shifted.setUTCFullYear(date.getUTCFullYear() - 1);
  // 29 February has no twin: the day before 1 March stands in for it.
  if (shifted.getUTCMonth() !== date.getUTCMonth()) shifted.setUTCDate(0);
  return shifted.toISOString();
}

/** A target of any goal the portal has, as last year's lookup needs it. */
export interface PastTarget {
  assigneeKey: string;
  goalType: string | null;
  start: string;
  end: string;
  amount: string;
  actual: string | null;
}

/**
 * Last year's target and actual for each plan cell: the same assignee's target, in a goal of the
 * same type, whose period is exactly the cell's period a year earlier. Cells without one are left
 * out; where two goals match, the first one given wins.
 */
export function lastYearOf(cells: readonly PlanTarget[], goalType: string | null, past: readonly PastTarget[]): Record<string, LastYear> {
  const byKey = new Map<string, PastTarget>();
  for (const target of past) {
    if (target.goalType !== goalType) continue;
    const key = `${target.assigneeKey}|${Date.parse(target.start)}|${Date.parse(target.end)}`;
    if (!byKey.has(key)) byKey.set(key, target);
  }
  const found: Record<string, LastYear> = {};
  for (const cell of cells) {
    const key = `${cell.assigneeKey}|${Date.parse(yearBefore(cell.start, cell.milestone))}|${Date.parse(yearBefore(cell.end, cell.milestone))}`;
    const match = byKey.get(key);
    if (match) found[cell.id] = { target: match.amount, actual: match.actual };
  }
  return found;
}
