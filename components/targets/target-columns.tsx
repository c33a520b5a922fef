import Link from "next/link";
import type { TargetLine } from "@/lib/goals/views/target-list";
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
  cell: (row: TargetLine, fmt: Formatters) => React.ReactNode;
}

/** One column per property the flat view shows (the CSV export has the same: lib/goals/views/csv.ts). */
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
  },
  { key: "assignee", property: "assignee", label: "Assignee", sortKey: "assignee", cell: (r) => r.assignee },
  {
    key: "amount",
    property: "hs_target_amount",
    label: "Target",
    sortKey: "target",
    numeric: true,
    cell: (r, fmt) => fmt.amount(r.target.amount, r.target.unit, r.target.currency),
  },
  {
    key: "actual",
    property: "hs_kpi_value",
    label: "Actual",
    sortKey: "actual",
    numeric: true,
    cell: (r, fmt) => <ActualText standing={r.figures} unit={r.target.unit} currency={r.target.currency} fmt={fmt} />,
  },
  {
    key: "attainment",
    property: FIGURES.attainmentToDate.name,
    label: FIGURES.attainmentToDate.name,
    sortKey: "attainment",
    cell: (r, fmt) => <RatioCell ratio={r.figures.attainmentToDate} standing={r.figures} fmt={fmt} testId="target-attainment" />,
  },
  {
    key: "pace",
    property: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`,
    label: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`,
    sortKey: "pace",
    cell: (r) => (
      <span data-testid="target-pace">
        <PaceBadge status={r.figures.status} />
      </span>
    ),
  },
  { key: "start", property: "hs_start_datetime", label: "Start", sortKey: "start", cell: (r, fmt) => fmt.firstDay(r.target.start) },
  {
    key: "end",
    property: "hs_end_datetime",
    label: "End",
    sortKey: "end",
    cell: (r, fmt) => fmt.lastDay(r.target.end),
  },
  {
    key: "createdBy",
    property: "hs_created_by_user_id",
    label: "Created by",
    sortKey: "createdBy",
    cell: (r) => r.createdBy ?? "—",
  },
  { key: "hsCreated", property: "hs_createdate", label: "Created", sortKey: "createdAt", cell: (r, fmt) => fmt.date(r.target.createdAt) },
  { key: "hsModified", property: "hs_lastmodifieddate", label: "Last modified", sortKey: "updatedAt", cell: (r, fmt) => fmt.date(r.target.updatedAt) },
  { key: "objectId", property: "hs_object_id", label: "Object id", sortKey: "id", numeric: true, cell: (r) => r.target.id },
  { key: "id", property: "id", label: "Record id", sortKey: "id", numeric: true, cell: (r) => r.target.id },
  { key: "createdAt", property: "createdAt", label: "createdAt", sortKey: "createdAt", cell: (r) => <time dateTime={r.target.createdAt}>{r.target.createdAt}</time> },
  { key: "updatedAt", property: "updatedAt", label: "updatedAt", sortKey: "updatedAt", cell: (r) => <time dateTime={r.target.updatedAt}>{r.target.updatedAt}</time> },
  { key: "archived", property: "archived", label: "Archived", sortKey: "archived", cell: (r) => (r.target.archived ? "Yes" : "No") },
];
