"use client";

import { parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import type { TargetRow } from "@/lib/goals/rows";
import { sortTargets, TARGET_SORT_KEYS } from "@/lib/goals/sort";
import type { Formatters } from "@/components/format/use-formatters";
import { SortHeader } from "@/components/table/sort-header";
import { VirtualTable } from "@/components/table/virtual-table";
import { TARGET_COLUMNS } from "./target-columns";

export const targetViewParsers = {
  sort: parseAsStringLiteral(TARGET_SORT_KEYS).withDefault("start"),
  dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
};

export function useTargetView() {
  return useQueryStates(targetViewParsers, { history: "replace" });
}

export function useSortedTargets(rows: readonly TargetRow[]) {
  const [view] = useTargetView();
  return useMemo(() => sortTargets(rows, view.sort, view.dir), [rows, view.sort, view.dir]);
}

/** The flat view: one row per goal target, `rows` already in the view's order (as exported). */
export function TargetTable({ rows, fmt, index }: { rows: readonly TargetRow[]; fmt: Formatters; index: DirectoryIndex }) {
  const [view, setView] = useTargetView();
  const header = (
    <tr>
      {TARGET_COLUMNS.map((c) => (
        <SortHeader
          key={c.key}
          label={c.label}
          sortKey={c.sortKey}
          current={view.sort}
          direction={view.dir}
          onSort={(sort, dir) => void setView({ sort, dir })}
          className={`whitespace-nowrap ${c.numeric ? "text-right" : ""}`}
        />
      ))}
    </tr>
  );
  return (
    <VirtualTable
      items={rows}
      label="Goal targets"
      testId="target-table"
      header={header}
      columnCount={TARGET_COLUMNS.length}
      rowHeight={44}
      itemKey={(r) => r.target.id}
      renderRow={(r, rowIndex) => (
        <tr key={r.target.id} aria-rowindex={rowIndex} className="h-11 border-t border-line-subtle hover:bg-surface-subtle" data-testid="target-row" data-target-id={r.target.id}>
          {TARGET_COLUMNS.map((c) => (
            <td key={c.key} className={`whitespace-nowrap px-3 ${c.numeric ? "text-right tabular-nums" : ""}`}>
              {c.cell(r, fmt, index)}
            </td>
          ))}
        </tr>
      )}
    />
  );
}
