import Link from "next/link";
import type { TargetLine } from "@/lib/goals/views/target-list";
import type { TargetSortKey } from "@/lib/goals/sort";
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
  cell: (row: TargetLine) => React.ReactNode;
}

/**
 * A record's day in the portal's time zone; its tooltip gives the time there and the raw value
 * HubSpot sent (UTC). The day is what a manager scans for, and two full times would push the table
 * past a 1440 px screen.
 */
function Moment({ iso, text }: { iso: string; text: { day: string; moment: string } }) {
  return (
    <time dateTime={iso} title={text.moment}>
      {text.day}
    </time>
  );
}

/**
 * One column per fact a manager reads, each once, times in the portal's zone. Archived is not one:
 * the archived switch shows either live or archived targets, never both. The CSV export
 * (lib/goals/views/csv.ts) keeps every raw value, under HubSpot's property names.
 */
export const TARGET_COLUMNS: TargetColumn[] = [
  {
    key: "name",
    property: "hs_goal_name",
    label: "Goal",
    sortKey: "name",
    cell: (r) => (
      <Link href={`/targets/${r.target.id}`} prefetch={false} className="flex min-h-11 items-center font-medium text-link hover:underline" title={r.target.name || undefined}>
        <span className="line-clamp-2">{r.target.name || "(unnamed goal)"}</span>
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
    cell: (r) => r.text.amount,
  },
  {
    key: "actual",
    property: "hs_kpi_value",
    label: "Actual",
    sortKey: "actual",
    numeric: true,
    cell: (r) => <ActualText standing={r.figures} amount={r.text.actual} />,
  },
  {
    key: "attainment",
    property: FIGURES.attainmentToDate.name,
    label: FIGURES.attainmentToDate.name,
    sortKey: "attainment",
    cell: (r) => <RatioCell figure="attainmentToDate" standing={r.figures} text={r.text.attainment} testId="target-attainment" />,
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
  { key: "start", property: "hs_start_datetime", label: "Start", sortKey: "start", cell: (r) => r.text.firstDay },
  {
    key: "end",
    property: "hs_end_datetime",
    label: "End",
    sortKey: "end",
    cell: (r) => r.text.lastDay,
  },
  {
    key: "createdBy",
    property: "hs_created_by_user_id",
    label: "Created by",
    sortKey: "createdBy",
    cell: (r) => r.createdBy ?? "—",
  },
  { key: "created", property: "hs_createdate", label: "Created", sortKey: "createdAt", cell: (r) => <Moment iso={r.target.createdAt} text={r.text.created} /> },
  { key: "modified", property: "hs_lastmodifieddate", label: "Last modified", sortKey: "updatedAt", cell: (r) => <Moment iso={r.target.updatedAt} text={r.text.modified} /> },
  { key: "id", property: "hs_object_id", label: "Record id", sortKey: "id", numeric: true, cell: (r) => r.target.id },
];
