"use client";

import Link from "next/link";
import { FIGURES } from "@/lib/goals/figures";
import { humanize } from "@/lib/goals/labels";
import type { GoalLine, GoalListItem, ScheduleLine } from "@/lib/goals/views/goal-list";
import type { GoalListState } from "@/lib/goals/views/state";
import type { GoalSortKey } from "@/lib/goals/sort";
import { SortHeader } from "@/components/table/sort-header";
import type { RowWindow } from "@/components/table/use-row-window";
import { BOX, VirtualTable } from "@/components/table/virtual-table";
import { PaceBadge } from "./pace-badge";
import { RatioCell } from "./ratio-cell";
import { ProjectedCell } from "@/components/projection/projected-cell";

/** Cells that stay in view when a narrow screen scrolls the table sideways; opaque, in the row's colour. */
const PINNED = "sticky z-[1] bg-inherit";

/** Every row is this tall (h-14), so the table can draw only the rows in view. */
export const GOAL_ROW_PX = 56;

/**
 * Fixed widths (table-layout: fixed) so an expanded row cannot re-lay the columns; the goal name
 * takes what is left, at least two lines' worth. From 1400 px the text columns widen so a type, a
 * few assignees and a date range read whole. Text wraps onto a
 * second line where it must and is cut only past that, with the whole value in a tooltip.
 * Narrower screens scroll the table sideways with the name pinned on the left.
 */
export const GOAL_COLUMNS: { key: GoalSortKey; label: string; width: string; className?: string }[] = [
  { key: "name", label: "Goal", width: "", className: "sticky left-11 z-20 bg-surface-muted" },
  { key: "type", label: "Type", width: "w-22 min-[1400px]:w-28" },
  { key: "cadence", label: "Cadence", width: "w-20" },
  { key: "assignees", label: "Assignees", width: "w-28 min-[1400px]:w-32" },
  { key: "start", label: "Dates", width: "w-28 min-[1400px]:w-40" },
  { key: "currentTarget", label: FIGURES.currentTarget.name, width: "w-24", className: "text-right" },
  { key: "totalTarget", label: FIGURES.target.name, width: "w-28", className: "text-right" },
  { key: "attainment", label: FIGURES.attainmentToDate.name, width: "w-26" },
  { key: "progress", label: FIGURES.progressTowardTotal.name, width: "w-26" },
  { key: "projected", label: FIGURES.projectedAttainment.name, width: "w-28" },
  { key: "pace", label: `${FIGURES.pace.name} / ${FIGURES.outcome.name}`, width: "w-30" },
];

const EXPAND_WIDTH = "w-11";
/** Every fixed column plus room for a goal name. */
const TABLE_WIDTH = "w-full table-fixed min-w-[76.5rem]";
/** Where the whole table fits (76.5rem, its border and the page's padding: a 1,280 px laptop), the page scrolls it: one scrollbar, the header sticky at the top of the window. */
const SCROLL_BOX = `${BOX} min-[1280px]:max-h-none min-[1280px]:overflow-visible`;

/** A cell's text on at most two lines; the tooltip holds it whole where it runs longer. */
const TWO_LINES = "line-clamp-2 break-words";
/** Fades a sideways scroller out at its right edge, so the chips there read as "more", not as cut. */
const FADE_END = "[mask-image:linear-gradient(to_right,black_85%,transparent)]";

interface Props {
  /** Lines in the view: goals, and the assignees of expanded goals. */
  count: number;
  rowAt: (index: number) => GoalListItem | undefined;
  window: RowWindow;
  scrollRef: (element: HTMLDivElement | null) => void;
  state: GoalListState;
  set: (patch: Partial<GoalListState>) => void;
  busy: boolean;
}

/** The goal list: one row per goal, expandable to its assignees and their period targets; rows, and their figures as text, come from the server. */
export function GoalTable({ count, rowAt, window, scrollRef, state, set, busy }: Props) {
  const threshold = state.risk / 100;
  const open = new Set(state.open);
  const toggle = (id: string) => set({ open: open.has(id) ? state.open.filter((g) => g !== id) : [...state.open, id] });
  const header = (
    <tr>
      <th scope="col" className="sticky left-0 z-20 bg-surface-muted px-1 py-2">
        <span className="sr-only">Expand</span>
      </th>
      {GOAL_COLUMNS.map((c) => (
        <SortHeader key={c.key} label={c.label} sortKey={c.key} current={state.sort} direction={state.dir} onSort={(sort, dir) => set({ sort, dir })} className={c.className} />
      ))}
    </tr>
  );
  return (
    <VirtualTable
      count={count}
      rowAt={rowAt}
      window={window}
      scrollRef={scrollRef}
      busy={busy}
      label="Goals"
      testId="goal-table"
      header={header}
      columnCount={GOAL_COLUMNS.length + 1}
      rowClassName="h-14"
      tableClassName={TABLE_WIDTH}
      boxClassName={SCROLL_BOX}
      columns={
        <colgroup>
          <col className={EXPAND_WIDTH} />
          {GOAL_COLUMNS.map((c) => (
            <col key={c.key} className={c.width} />
          ))}
        </colgroup>
      }
      renderRow={(item, rowIndex) =>
        item.kind === "goal" ? (
          <GoalRowLine key={`g:${item.id}`} line={item} rowIndex={rowIndex} expanded={open.has(item.id)} onToggle={toggle} threshold={threshold} />
        ) : (
          <ScheduleRowLine key={`s:${item.goalId}:${item.scheduleId}`} line={item} rowIndex={rowIndex} threshold={threshold} />
        )
      }
    />
  );
}

function GoalRowLine({
  line: g,
  rowIndex,
  expanded,
  onToggle,
  threshold,
}: {
  line: GoalLine;
  rowIndex: number;
  expanded: boolean;
  onToggle: (id: string) => void;
  threshold: number;
}) {
  return (
    <tr aria-rowindex={rowIndex} className="h-14 border-t border-line-subtle bg-surface hover:bg-surface-subtle" data-testid="goal-row" data-goal-id={g.id}>
      <td className={`${PINNED} left-0 p-0`}>
        <button
          type="button"
          aria-expanded={expanded}
          aria-label={`${expanded ? "Collapse" : "Expand"} ${g.name}`}
          onClick={() => onToggle(g.id)}
          className="flex size-11 items-center justify-center rounded text-fg-subtle hover:bg-surface-strong"
        >
          {expanded ? "▾" : "▸"}
        </button>
      </td>
      <td className={`${PINNED} left-11 px-2`}>
        <div className="line-clamp-2" title={g.name || undefined}>
          <Link href={`/goals/${g.id}`} prefetch={false} className="font-medium text-link hover:underline" data-testid="goal-name">
            {g.name || "(unnamed goal)"}
          </Link>
          {g.archived && <span className="ml-2 rounded bg-surface-strong px-1.5 text-xs">Archived</span>}
        </div>
      </td>
      <td className="px-2">
        <div className={TWO_LINES} title={humanize(g.goalType)}>
          {humanize(g.goalType)}
        </div>
      </td>
      <td className="truncate px-2" title={humanize(g.cadence)}>
        {humanize(g.cadence)}
      </td>
      <td className="px-2" data-testid="goal-assignees" data-count={g.assignees.count}>
        <div className={TWO_LINES} title={g.assignees.label}>
          {g.assignees.count <= 2 ? g.assignees.label : `${g.assignees.first} and ${g.assignees.count - 1} more`}
        </div>
      </td>
      <td className="px-2 leading-tight">{g.text.dates}</td>
      <AmountCell value={g.text.currentTarget} />
      <AmountCell value={g.text.target} testId="goal-total" />
      <td className="px-2">
        <RatioCell figure="attainmentToDate" standing={g.figures} text={g.text.attainment} testId="goal-attainment" />
      </td>
      <td className="px-2">
        <RatioCell figure="progressTowardTotal" standing={g.figures} text={g.text.progress} testId="goal-progress" missing="—" />
      </td>
      <td className="px-2">
        <ProjectedCell figures={g.figures} atRisk={g.atRisk} text={g.text.projected} threshold={threshold} testId="goal-projected" />
      </td>
      <td className="px-2" data-testid="goal-pace">
        <PaceBadge status={g.figures.status} />
      </td>
    </tr>
  );
}

/** An amount, right-aligned; cut only where a column cannot hold it, with the whole amount in a tooltip. */
function AmountCell({ value, testId }: { value: string; testId?: string }) {
  return (
    <td className="truncate px-2 text-right tabular-nums" title={value} data-testid={testId}>
      {value}
    </td>
  );
}

function ScheduleRowLine({ line, rowIndex, threshold }: { line: ScheduleLine; rowIndex: number; threshold: number }) {
  return (
    <tr aria-rowindex={rowIndex} className="h-14 bg-surface-subtle text-fg" data-testid="schedule-row" data-assignee={line.assignee}>
      <td className={`${PINNED} left-0`} />
      <td className={`${PINNED} left-11 truncate px-2 pl-5 font-medium`} title={line.assignee}>
        {line.assignee}
      </td>
      <td className="px-2" colSpan={3}>
        <span className="block text-xs text-fg-subtle">{line.text.periodCount}</span>
        {/* The chips scroll sideways; the fade on the right says there are more. */}
        <ol className={`flex snap-x gap-1 overflow-x-auto ${line.periods.length > 3 ? FADE_END : ""}`} aria-label={`Targets of ${line.assignee}`}>
          {line.periods.map((t) => (
            <li key={t.id} className="snap-start">
              <Link
                href={`/targets/${t.id}`}
                prefetch={false}
                title={t.text.title}
                className="block whitespace-nowrap rounded border border-line bg-surface px-1.5 text-xs hover:border-accent"
              >
                {t.text.amount}
              </Link>
            </li>
          ))}
        </ol>
      </td>
      <td className="px-2 leading-tight">{line.text.dates}</td>
      <AmountCell value={line.text.currentTarget} />
      <AmountCell value={line.text.target} />
      <td className="px-2">
        <RatioCell figure="attainmentToDate" standing={line.figures} text={line.text.attainment} />
      </td>
      <td className="px-2">
        <RatioCell figure="progressTowardTotal" standing={line.figures} text={line.text.progress} missing="—" />
      </td>
      <td className="px-2">
        <ProjectedCell figures={line.figures} atRisk={line.atRisk} text={line.text.projected} threshold={threshold} />
      </td>
      <td className="px-2">
        <PaceBadge status={line.figures.status} />
      </td>
    </tr>
  );
}
