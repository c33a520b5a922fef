import type { CsvColumn } from "@/lib/goals/csv";
import type { GoalRow } from "@/lib/goals/rows";

/** Goal-list export columns: raw values (ISO instants, decimal strings), one row per goal. */
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
  { header: "current_target", value: (r) => r.currentTarget },
  { header: "total_target", value: (r) => r.totalTarget },
  { header: "actual", value: (r) => r.pace.actual },
  { header: "attainment", value: (r) => r.pace.attainment },
  { header: "pace", value: (r) => r.pace.status },
  { header: "unit", value: (r) => r.goal.unit },
  { header: "currency", value: (r) => r.goal.currency },
  { header: "targets", value: (r) => r.goal.targetCount },
  { header: "archived", value: (r) => String(r.goal.archived) },
];
