import Link from "next/link";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import { resolveAssignee } from "@/lib/goals/assignees";
import type { CsvColumn } from "@/lib/goals/csv";
import type { TargetRow } from "@/lib/goals/rows";
import type { TargetSortKey } from "@/lib/goals/sort";
import type { Formatters } from "@/components/format/use-formatters";
import { PaceBadge } from "@/components/goals/pace-badge";
import { ActualText } from "@/components/goals/actual-text";
import { RatioCell } from "@/components/goals/ratio-cell";
import { FIGURES } from "@/lib/goals/figures";

export interface TargetColumn {
  key: string;
  /** The HubSpot property (or record field) the column shows. */
  property: string;
  label: string;
  sortKey: TargetSortKey;
  numeric?: boolean;
  cell: (row: TargetRow, fmt: Formatters, index: DirectoryIndex) => React.ReactNode;
  csv: (row: TargetRow) => string | number | null;
}

const userName = (id: string | null, index: DirectoryIndex) => (id ? resolveAssignee({ kind: "user", id }, index).name : "—");

/** One column per property the flat view shows; the same list drives the table and the CSV. */
export const TARGET_COLUMNS: TargetColumn[] = [
  {
    key: "name",
    property: "hs_goal_name",
    label: "Goal",
    sortKey: "name",
    cell: (r) => (
      <Link href={`/targets/${r.target.id}`} prefetch={false} className="font-medium text-link hover:underline">
        {r.target.name || "(unnamed goal)"}
      </Link>
    ),
    csv: (r) => r.target.name,
  },
  { key: "assignee", property: "assignee", label: "Assignee", sortKey: "assignee", cell: (r) => r.assignee.name, csv: (r) => r.assignee.name },
  {
    key: "amount",
    property: "hs_target_amount",
    label: "Target",
    sortKey: "target",
    numeric: true,
    cell: (r, fmt) => fmt.amount(r.target.amount, r.target.unit, r.target.currency),
    csv: (r) => r.target.amount,
  },
  {
    key: "actual",
    property: "hs_kpi_value",
    label: "Actual",
    sortKey: "actual",
    numeric: true,
    cell: (r, fmt) => <ActualText standing={r.standing} unit={r.target.unit} currency={r.target.currency} fmt={fmt} />,
    csv: (r) => r.target.actual,
  },
  {
    key: "attainment",
    property: FIGURES.attainmentToDate.name,
    label: FIGURES.attainmentToDate.name,
    sortKey: "attainment",
    cell: (r, fmt) => <RatioCell ratio={r.standing.attainmentToDate} standing={r.standing} fmt={fmt} testId="target-attainment" />,
    csv: (r) => r.standing.attainmentToDate,
  },
  {
    key: "pace",
    property: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`,
    label: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`,
    sortKey: "pace",
    cell: (r) => (
      <span data-testid="target-pace">
        <PaceBadge status={r.standing.status} />
      </span>
    ),
    csv: (r) => r.standing.status,
  },
  { key: "start", property: "hs_start_datetime", label: "Start", sortKey: "start", cell: (r, fmt) => fmt.firstDay(r.target.start), csv: (r) => r.target.start },
  {
    key: "end",
    property: "hs_end_datetime",
    label: "End",
    sortKey: "end",
    cell: (r, fmt) => fmt.lastDay(r.target.end),
    csv: (r) => r.target.endRaw,
  },
  {
    key: "createdBy",
    property: "hs_created_by_user_id",
    label: "Created by",
    sortKey: "createdBy",
    cell: (r, _fmt, index) => userName(r.target.createdByUserId, index),
    csv: (r) => r.target.createdByUserId,
  },
  { key: "hsCreated", property: "hs_createdate", label: "Created", sortKey: "createdAt", cell: (r, fmt) => fmt.date(r.target.createdAt), csv: (r) => r.target.createdAt },
  { key: "hsModified", property: "hs_lastmodifieddate", label: "Last modified", sortKey: "updatedAt", cell: (r, fmt) => fmt.date(r.target.updatedAt), csv: (r) => r.target.updatedAt },
  { key: "objectId", property: "hs_object_id", label: "Object id", sortKey: "id", numeric: true, cell: (r) => r.target.id, csv: (r) => r.target.id },
  { key: "id", property: "id", label: "Record id", sortKey: "id", numeric: true, cell: (r) => r.target.id, csv: (r) => r.target.id },
  { key: "createdAt", property: "createdAt", label: "createdAt", sortKey: "createdAt", cell: (r) => <time dateTime={r.target.createdAt}>{r.target.createdAt}</time>, csv: (r) => r.target.createdAt },
  { key: "updatedAt", property: "updatedAt", label: "updatedAt", sortKey: "updatedAt", cell: (r) => <time dateTime={r.target.updatedAt}>{r.target.updatedAt}</time>, csv: (r) => r.target.updatedAt },
  { key: "archived", property: "archived", label: "Archived", sortKey: "archived", cell: (r) => (r.target.archived ? "Yes" : "No"), csv: (r) => String(r.target.archived) },
];

export const TARGET_CSV_COLUMNS: CsvColumn<TargetRow>[] = [
  { header: "goal_id", value: (r) => r.target.goalId },
  ...TARGET_COLUMNS.map((c) => ({ header: c.property, value: c.csv })),
];
