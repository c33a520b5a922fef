"use client";

import { Fragment, useRef } from "react";
import { useRowWindow } from "./use-row-window";

interface Props<T> {
  items: readonly T[];
  /** Accessible name of the table. */
  label: string;
  /** Header cells (a <tr>). */
  header: React.ReactNode;
  columnCount: number;
  rowHeight: number;
  /** Renders one row; must return a <tr> with the given aria-rowindex. */
  renderRow: (item: T, rowIndex: number) => React.ReactNode;
  itemKey: (item: T) => string;
  testId?: string;
  /** Width rules for the table; the default lets columns size to their content. */
  tableClassName?: string;
  /** A <colgroup> fixing column widths, for tables whose rows must not re-lay the columns. */
  columns?: React.ReactNode;
}

/**
 * A real <table> (screen readers get rows and columns) that renders only the rows in view, so
 * 10,000 rows scroll as smoothly as 10. Spacer rows stand in for the rows above and below.
 */
export function VirtualTable<T>({ items, label, header, columnCount, rowHeight, renderRow, itemKey, testId, tableClassName = "w-full min-w-[72rem]", columns }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { first, last, before, after } = useRowWindow(scrollRef, items.length, rowHeight, 12);
  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded-xl border border-line bg-surface"
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
      data-testid={testId}
    >
      <table className={`${tableClassName} border-collapse text-sm`} aria-rowcount={items.length + 1}>
        <caption className="sr-only">{label}</caption>
        {columns}
        <thead className="sticky top-0 z-10 bg-surface-muted text-left text-xs uppercase tracking-wide text-fg-muted">{header}</thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {items.slice(first, last).map((item, i) => (
            <Fragment key={itemKey(item)}>{renderRow(item, first + i + 2)}</Fragment>
          ))}
          {after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: after, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
