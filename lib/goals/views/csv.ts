import { resolveAssignee } from "../assignees";
import { type CsvColumn } from "../csv";
import { FIGURES } from "../figures";
import type { GoalRow, TargetRow } from "../rows";
import type { Standing } from "../standing";
import { atRiskIn } from "./goal-list";
import type { PortalModel } from "./portal";
import type { GoalListState } from "./state";

/**
 * What the list pages export: raw values (ISO instants, decimal strings, ratios), one row per goal
 * or per goal target, the figures under the names the pages and /help give them.
 */

/** The standing's figures as CSV columns, named as everywhere else. */
function figureColumns<R>(standingOf: (row: R) => Standing): CsvColumn<R>[] {
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

/** The goal list's columns; "At risk" is judged at the view's threshold (`risk=`). */
export const goalCsvColumns = (state: Pick<GoalListState, "risk">): CsvColumn<GoalRow>[] => [
  { header: "goal_id", value: (r) => r.goal.id },
  { header: "name", value: (r) => r.goal.name },
  { header: "goal_type", value: (r) => r.goal.goalType },
  { header: "cadence", value: (r) => r.goal.cadence },
  { header: "assignees", value: (r) => r.assigneeLabel },
  { header: "assignee_count", value: (r) => r.assignees.length },
  { header: "start", value: (r) => r.goal.start },
  { header: "end_exclusive", value: (r) => r.goal.end },
  { header: "status", value: (r) => r.status },
  { header: FIGURES.currentTarget.name, value: (r) => r.currentTarget },
  ...figureColumns<GoalRow>((r) => r.standing),
  { header: `${FIGURES.atRisk.name} (threshold ${state.risk}%)`, value: (r) => String(atRiskIn(state, r.standing)) },
  { header: "unit", value: (r) => r.goal.unit },
  { header: "currency", value: (r) => r.goal.currency },
  { header: "targets", value: (r) => r.goal.targetCount },
  { header: "archived", value: (r) => String(r.goal.archived) },
];

/** One column per property /targets shows, headed by the HubSpot property (or record field) name. */
export function targetCsvColumns(model: PortalModel): CsvColumn<TargetRow>[] {
  return [
    { header: "goal_id", value: (r) => r.target.goalId },
    { header: "hs_goal_name", value: (r) => r.target.name },
    { header: "assignee", value: (r) => r.assignee.name },
    { header: "hs_target_amount", value: (r) => r.target.amount },
    { header: "hs_kpi_value", value: (r) => r.target.actual },
    { header: FIGURES.attainmentToDate.name, value: (r) => r.standing.attainmentToDate },
    { header: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`, value: (r) => r.standing.status },
    { header: "hs_start_datetime", value: (r) => r.target.start },
    { header: "hs_end_datetime", value: (r) => r.target.endRaw },
    { header: "hs_created_by_user_id", value: (r) => r.target.createdByUserId },
    { header: "created_by", value: (r) => (r.target.createdByUserId ? resolveAssignee({ kind: "user", id: r.target.createdByUserId }, model.index).name : null) },
    { header: "hs_createdate", value: (r) => r.target.createdAt },
    { header: "hs_lastmodifieddate", value: (r) => r.target.updatedAt },
    { header: "hs_object_id", value: (r) => r.target.id },
    { header: "id", value: (r) => r.target.id },
    { header: "createdAt", value: (r) => r.target.createdAt },
    { header: "updatedAt", value: (r) => r.target.updatedAt },
    { header: "archived", value: (r) => String(r.target.archived) },
  ];
}
