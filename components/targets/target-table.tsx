"use client";

import type { TargetLine } from "@/lib/goals/views/target-list";
import type { TargetListState } from "@/lib/goals/views/state";
import { SortHeader } from "@/components/table/sort-header";
import type { RowWindow } from "@/components/table/use-row-window";
import { BOX, VirtualTable } from "@/components/table/virtual-table";
import { TARGET_COLUMNS } from "./target-columns";

/** Every row is this tall (h-11), so the table can draw only the rows in view. */
export const TARGET_ROW_PX = 44;

/**
 * The goal column stays in view while the table scrolls sideways: opaque, in the row's colour (the
 * header's own above it). It wraps onto a second line rather than growing wide.
 */
const PINNED = "sticky left-0 z-[1] bg-inherit shadow-[1px_0_0_var(--color-line)]";
const PINNED_HEAD = "sticky left-0 z-20 bg-surface-muted";
/**
 * Where the whole table fits (about 1,355 px of columns and the page's padding), the page scrolls
 * it: one scrollbar. Narrower, it scrolls in its own box, sideways with the goal pinned.
 */
const SCROLL_BOX = `${BOX} min-[1420px]:max-h-none min-[1420px]:overflow-visible`;

interface Props {
  count: number;
  rowAt: (index: number) => TargetLine | undefined;
  window: RowWindow;
  scrollRef: (element: HTMLDivElement | null) => void;
  state: TargetListState;
  set: (patch: Partial<TargetListState>) => void;
  busy: boolean;
}

/** The flat view: one row per goal target, in the order the server sorted them. */
export function TargetTable({ count, rowAt, window, scrollRef, state, set, busy }: Props) {
  const header = (
    <tr>
      {TARGET_COLUMNS.map((c, i) => (
        <SortHeader
          key={c.key}
          label={c.label}
          sortKey={c.sortKey}
          current={state.sort}
          direction={state.dir}
          onSort={(sort, dir) => set({ sort, dir })}
          className={`whitespace-nowrap ${c.numeric ? "text-right" : ""} ${i === 0 ? PINNED_HEAD : ""}`}
        />
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
      label="Goal targets"
      testId="target-table"
      header={header}
      columnCount={TARGET_COLUMNS.length}
      rowClassName="h-11"
      boxClassName={SCROLL_BOX}
      renderRow={(r, rowIndex) => (
        <tr key={r.target.id} aria-rowindex={rowIndex} className="h-11 border-t border-line-subtle bg-surface hover:bg-surface-subtle" data-testid="target-row" data-target-id={r.target.id}>
          {TARGET_COLUMNS.map((c, i) => (
            <td key={c.key} className={i === 0 ? `${PINNED} min-w-40 max-w-64 px-2 leading-5` : `whitespace-nowrap px-2 ${c.numeric ? "text-right tabular-nums" : ""}`}>
              {c.cell(r)}
            </td>
          ))}
        </tr>
      )}
    />
  );
}
