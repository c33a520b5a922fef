/**
 * Quota planning's model: a goal as a grid of assignees (rows, one per schedule) by periods
 * (columns), each cell one goal target as HubSpot holds it. Amounts are HubSpot's own
 * `hs_target_amount` as exact decimal strings (durations stay in HubSpot's unit, not the goal
 * model's milliseconds), because they are written back as they are.
 */

/** One goal target as the plan needs it. */
export interface PlanTarget {
  id: string;
  /** `hs_group_correlation_uuid`; null for a standalone target. */
  uuid: string | null;
  /** `hs_goal_target_group_id`; null for a standalone target. */
  groupId: string | null;
  /** The row: the schedule group, or the target's own id. */
  scheduleId: string;
  /** The resolved assignee ("owner:123"), the same person however HubSpot assigned them. */
  assigneeKey: string;
  milestone: string | null;
  /** Period start, ISO instant. */
  start: string;
  /** Period end, exclusive ISO instant. */
  end: string;
  /** `hs_target_amount`, canonical decimal ("0" when HubSpot has none). */
  amount: string;
  /** `hs_lastmodifieddate`: the version the plan was loaded at, for the conflict check. */
  version: string;
}

export interface PlanPeriod {
  /** The period's start instant; also its column key. */
  key: string;
  start: string;
  end: string;
}

export interface PlanRow {
  /** The schedule id. */
  key: string;
  assigneeKey: string;
  name: string;
  /** One per period, in period order; null where this assignee has no target for the period. */
  cells: (PlanTarget | null)[];
}

export interface Plan {
  periods: PlanPeriod[];
  rows: PlanRow[];
}

/** Last year's figures for one target's period: the same assignee's target and actual a year before. */
export interface LastYear {
  target: string | null;
  actual: string | null;
}

/** Draft amounts by target id: only cells whose value differs from HubSpot's. */
export type DraftValues = Readonly<Record<string, string>>;

/** The amount a cell shows: the draft where there is one, HubSpot's otherwise. */
export function valueOf(target: PlanTarget, draft: DraftValues): string {
  return draft[target.id] ?? target.amount;
}

/** Rows by schedule, ordered by name then id; columns by start. */
export function buildPlan(targets: readonly PlanTarget[], nameOf: (assigneeKey: string) => string): Plan {
  const periods = new Map<string, PlanPeriod>();
  for (const target of targets) if (!periods.has(target.start)) periods.set(target.start, { key: target.start, start: target.start, end: target.end });
  const columns = [...periods.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const position = new Map(columns.map((period, index) => [period.key, index]));
  const rows = new Map<string, PlanRow>();
  for (const target of targets) {
    let row = rows.get(target.scheduleId);
    if (!row) {
      row = { key: target.scheduleId, assigneeKey: target.assigneeKey, name: nameOf(target.assigneeKey), cells: columns.map(() => null) };
      rows.set(target.scheduleId, row);
    }
    const index = position.get(target.start)!;
    // Two targets of one schedule on the same start is a broken family (the rules report it); the first stays in the grid.
    row.cells[index] ??= target;
  }
  const ordered = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, "en") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { periods: columns, rows: ordered };
}
