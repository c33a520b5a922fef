import type { CsvColumn } from "@/lib/goals/csv";
import { FIGURES } from "@/lib/goals/figures";
import type { GoalRow } from "@/lib/goals/rows";

/**
 * Goal-list export columns: raw values (ISO instants, decimal strings, ratios), one row per goal.
 * The figures carry the names the pages and /help give them.
 */
export const GOAL_CSV_COLUMNS: CsvColumn<GoalRow>[] = [
  { header: "goal_id", value: (r) => r.goal.id },
  { header: "name", value: (r) => r.goal.name },
  { header: "goal_type", value: (r) => r.goal.goalType },
  { header: "cadence", value: (r) => r.goal.cadence },
  { header: "assignees", value: (r) => r.assigneeLabel },
  { header: "assignee_count", value: (r) => r.assignees.length },
  { header: "start", value: (r) => r.goal.start },
  { header: "end_exclusive", value: (r) => r.goal.end },
  { header: "status", value: (r) => r.status },
  { header: `${FIGURES.target.name} (current period)`, value: (r) => r.currentTarget },
  ...figureColumns<GoalRow>((r) => r.standing),
  { header: "unit", value: (r) => r.goal.unit },
  { header: "currency", value: (r) => r.goal.currency },
  { header: "targets", value: (r) => r.goal.targetCount },
  { header: "archived", value: (r) => String(r.goal.archived) },
];

/** The standing's figures as CSV columns, named as everywhere else. */
export function figureColumns<R>(standingOf: (row: R) => GoalRow["standing"]): CsvColumn<R>[] {
  return [
    { header: FIGURES.target.name, value: (r) => standingOf(r).target },
    { header: FIGURES.expectedByToday.name, value: (r) => standingOf(r).expectedByToday },
    { header: FIGURES.actual.name, value: (r) => standingOf(r).actual },
    { header: FIGURES.attainmentToDate.name, value: (r) => standingOf(r).attainmentToDate },
    { header: FIGURES.progressTowardTotal.name, value: (r) => standingOf(r).progressTowardTotal },
    { header: FIGURES.pace.name, value: (r) => standingOf(r).pace },
    { header: FIGURES.outcome.name, value: (r) => standingOf(r).outcome },
    { header: FIGURES.percentOfExpected.name, value: (r) => standingOf(r).percentOfExpected },
    { header: FIGURES.projection.name, value: (r) => standingOf(r).projection?.value ?? null },
    { header: FIGURES.projectedAttainment.name, value: (r) => standingOf(r).projection?.attainment ?? null },
  ];
}
