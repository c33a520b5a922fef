"use client";

import Link from "next/link";
import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import { FIGURES } from "@/lib/goals/figures";
import type { Schedule } from "@/lib/goals/goal";
import { type GoalRow, scheduleRow } from "@/lib/goals/rows";
import { GOAL_SORT_KEYS, type GoalSortKey, sortGoals, type SortDirection } from "@/lib/goals/sort";
import type { Formatters } from "@/components/format/use-formatters";
import { SortHeader } from "@/components/table/sort-header";
import { VirtualTable } from "@/components/table/virtual-table";
import { humanize } from "./labels";
import { PaceBadge } from "./pace-badge";
import { RatioCell } from "./ratio-cell";
import { ProjectedCell } from "@/components/projection/projected-cell";
import { useRiskThreshold } from "@/components/projection/risk-param";

/** Cells that stay in view when a narrow screen scrolls the table sideways; opaque, in the row's colour. */
const PINNED = "sticky z-[1] bg-inherit";

type Item = { kind: "goal"; row: GoalRow } | { kind: "schedule"; row: GoalRow; schedule: Schedule };

export const goalViewParsers = {
  sort: parseAsStringLiteral(GOAL_SORT_KEYS).withDefault("name"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
  open: parseAsArrayOf(parseAsString).withDefault([]),
};

export function useGoalView() {
  return useQueryStates(goalViewParsers, { history: "replace" });
}

/** The rows in the view's order, computed once for the table and the export alike. */
export function useSortedGoals(rows: readonly GoalRow[], sort: GoalSortKey, dir: SortDirection) {
  return useMemo(() => sortGoals(rows, sort, dir), [rows, sort, dir]);
}

/**
 * Fixed widths (table-layout: fixed) so the table fits the 1,232 px content column of a 1366 px
 * screen and an expanded row cannot re-lay the columns; the goal name takes what is left. Narrower
 * screens scroll the table sideways with the name pinned on the left.
 */
const COLUMNS: { key: GoalSortKey; label: string; width: string; className?: string }[] = [
  { key: "name", label: "Goal", width: "", className: "sticky left-9 z-20 bg-surface-muted" },
  { key: "type", label: "Type", width: "w-22" },
  { key: "cadence", label: "Cadence", width: "w-20" },
  { key: "assignees", label: "Assignees", width: "w-28" },
  { key: "start", label: "Dates", width: "w-28" },
  { key: "currentTarget", label: "Current target", width: "w-26", className: "text-right" },
  { key: "totalTarget", label: FIGURES.target.name, width: "w-28", className: "text-right" },
  { key: "attainment", label: FIGURES.attainmentToDate.name, width: "w-30" },
  { key: "progress", label: FIGURES.progressTowardTotal.name, width: "w-30" },
  { key: "projected", label: FIGURES.projectedAttainment.name, width: "w-26" },
  { key: "pace", label: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`, width: "w-32" },
];

const EXPAND_WIDTH = "w-9";
/** Every fixed column plus room for a goal name. */
const TABLE_WIDTH = "w-full table-fixed min-w-[76.5rem]";

interface Props {
  /** Already sorted by the view's sort (the CSV export uses the same order). */
  rows: readonly GoalRow[];
  index: DirectoryIndex;
  now: number;
  timeZone: string;
  fmt: Formatters;
}

/** The goal list: one row per goal, expandable to its assignees and their period targets. */
export function GoalTable({ rows, index, now, timeZone, fmt }: Props) {
  const [view, setView] = useGoalView();
  const { threshold } = useRiskThreshold();
  const open = useMemo(() => new Set(view.open), [view.open]);
  const items = useMemo(() => {
    const out: Item[] = [];
    for (const row of rows) {
      out.push({ kind: "goal", row });
      if (open.has(row.goal.id)) for (const schedule of row.goal.schedules) out.push({ kind: "schedule", row, schedule });
    }
    return out;
  }, [rows, open]);

  const toggle = (id: string) => void setView({ open: open.has(id) ? view.open.filter((g) => g !== id) : [...view.open, id] });
  const header = (
    <tr>
      <th scope="col" className="sticky left-0 z-20 bg-surface-muted px-1 py-2">
        <span className="sr-only">Expand</span>
      </th>
      {COLUMNS.map((c) => (
        <SortHeader key={c.key} label={c.label} sortKey={c.key} current={view.sort} direction={view.dir} onSort={(sort, dir) => void setView({ sort, dir })} className={c.className} />
      ))}
    </tr>
  );

  return (
    <VirtualTable
      items={items}
      label="Goals"
      testId="goal-table"
      header={header}
      columnCount={COLUMNS.length + 1}
      tableClassName={TABLE_WIDTH}
      columns={
        <colgroup>
          <col className={EXPAND_WIDTH} />
          {COLUMNS.map((c) => (
            <col key={c.key} className={c.width} />
          ))}
        </colgroup>
      }
      rowHeight={56}
      itemKey={(item) => (item.kind === "goal" ? `g:${item.row.goal.id}` : `s:${item.row.goal.id}:${item.schedule.id}`)}
      renderRow={(item, rowIndex) =>
        item.kind === "goal" ? (
          <GoalLine key={`g:${item.row.goal.id}`} row={item.row} rowIndex={rowIndex} expanded={open.has(item.row.goal.id)} onToggle={toggle} fmt={fmt} threshold={threshold} />
        ) : (
          <ScheduleLine key={`s:${item.row.goal.id}:${item.schedule.id}`} item={item} rowIndex={rowIndex} index={index} now={now} timeZone={timeZone} fmt={fmt} threshold={threshold} />
        )
      }
    />
  );
}

function GoalLine({ row, rowIndex, expanded, onToggle, fmt, threshold }: { row: GoalRow; rowIndex: number; expanded: boolean; onToggle: (id: string) => void; fmt: Formatters; threshold: number }) {
  const g = row.goal;
  return (
    <tr aria-rowindex={rowIndex} className="h-14 border-t border-line-subtle bg-surface hover:bg-surface-subtle" data-testid="goal-row" data-goal-id={g.id}>
      <td className={`${PINNED} left-0 px-1`}>
        <button
          type="button"
          aria-expanded={expanded}
          aria-label={`${expanded ? "Collapse" : "Expand"} ${g.name}`}
          onClick={() => onToggle(g.id)}
          className="rounded px-1.5 py-0.5 text-fg-subtle hover:bg-surface-strong"
        >
          {expanded ? "▾" : "▸"}
        </button>
      </td>
      <td className={`${PINNED} left-9 px-2`}>
        <div className="line-clamp-2" title={g.name || undefined}>
          <Link href={`/goals/${g.id}`} prefetch={false} className="font-medium text-link hover:underline" data-testid="goal-name">
            {g.name || "(unnamed goal)"}
          </Link>
          {g.archived && <span className="ml-2 rounded bg-surface-strong px-1.5 text-xs">Archived</span>}
        </div>
      </td>
      <td className="truncate px-2" title={humanize(g.goalType)}>
        {humanize(g.goalType)}
      </td>
      <td className="truncate px-2">{humanize(g.cadence)}</td>
      <td className="truncate px-2" title={row.assigneeLabel} data-testid="goal-assignees" data-count={row.assignees.length}>
        {row.assignees.length <= 2 ? row.assigneeLabel : `${row.assignees[0].name} and ${row.assignees.length - 1} more`}
      </td>
      <td className="px-2 leading-tight">{fmt.period(g.start, g.end)}</td>
      <td className="truncate px-2 text-right tabular-nums">{row.currentTarget === null ? "—" : fmt.amount(row.currentTarget, g.unit, g.currency)}</td>
      <td className="truncate px-2 text-right tabular-nums" data-testid="goal-total">
        {fmt.amount(row.standing.target, g.unit, g.currency)}
      </td>
      <td className="px-2">
        <RatioCell ratio={row.standing.attainmentToDate} standing={row.standing} fmt={fmt} testId="goal-attainment" />
      </td>
      <td className="px-2">
        <RatioCell ratio={row.standing.progressTowardTotal} standing={row.standing} fmt={fmt} testId="goal-progress" />
      </td>
      <td className="px-2">
        <ProjectedCell standing={row.standing} fmt={fmt} threshold={threshold} testId="goal-projected" />
      </td>
      <td className="px-2" data-testid="goal-pace">
        <PaceBadge status={row.standing.status} />
      </td>
    </tr>
  );
}

function ScheduleLine({
  item,
  rowIndex,
  index,
  now,
  timeZone,
  fmt,
  threshold,
}: {
  item: Extract<Item, { kind: "schedule" }>;
  rowIndex: number;
  index: DirectoryIndex;
  now: number;
  timeZone: string;
  fmt: Formatters;
  threshold: number;
}) {
  const { row, schedule } = item;
  const g = row.goal;
  const line = scheduleRow(g, schedule, { now, timeZone, directory: index });
  const person = line.assignee;
  return (
    <tr aria-rowindex={rowIndex} className="h-14 bg-surface-subtle text-fg" data-testid="schedule-row" data-assignee={person.name}>
      <td className={`${PINNED} left-0`} />
      <td className={`${PINNED} left-9 truncate px-2 pl-5 font-medium`} title={person.name}>
        {person.name}
      </td>
      <td className="px-2 text-xs text-fg-subtle" colSpan={2}>
        {fmt.count(schedule.targets.length, "period")}
      </td>
      <td className="px-2">
        <ol className="flex gap-1 overflow-x-auto" aria-label={`Targets of ${person.name}`}>
          {schedule.targets.map((t) => (
            <li key={t.id}>
              <Link
                href={`/targets/${t.id}`}
                prefetch={false}
                title={`${fmt.period(t.start, t.end)}: ${fmt.amount(t.amount, t.unit, t.currency)}`}
                className="block whitespace-nowrap rounded border border-line bg-surface px-1.5 text-xs hover:border-accent"
              >
                {fmt.amount(t.amount, t.unit, t.currency)}
              </Link>
            </li>
          ))}
        </ol>
      </td>
      <td className="px-2 leading-tight">{fmt.period(schedule.targets[0].start, schedule.targets[schedule.targets.length - 1].end)}</td>
      <td className="truncate px-2 text-right tabular-nums">{line.currentTarget === null ? "—" : fmt.amount(line.currentTarget, g.unit, g.currency)}</td>
      <td className="truncate px-2 text-right tabular-nums">{fmt.amount(line.standing.target, g.unit, g.currency)}</td>
      <td className="px-2">
        <RatioCell ratio={line.standing.attainmentToDate} standing={line.standing} fmt={fmt} />
      </td>
      <td className="px-2">
        <RatioCell ratio={line.standing.progressTowardTotal} standing={line.standing} fmt={fmt} />
      </td>
      <td className="px-2">
        <ProjectedCell standing={line.standing} fmt={fmt} threshold={threshold} />
      </td>
      <td className="px-2">
        <PaceBadge status={line.standing.status} />
      </td>
    </tr>
  );
}
