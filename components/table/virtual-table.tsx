"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";

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
}

/**
 * A real <table> (screen readers get rows and columns) that renders only the rows in view, so
 * 10,000 rows scroll as smoothly as 10. Spacer rows stand in for the rows above and below.
 */
export function VirtualTable<T>({ items, label, header, columnCount, rowHeight, renderRow, itemKey, testId }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions React Compiler cannot memoize; this component does not need it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: (index) => itemKey(items[index]),
    // Headless and first-paint renders have no layout yet: draw a screenful instead of nothing.
    initialRect: { width: 1200, height: 800 },
  });
  const virtualRows = virtualizer.getVirtualItems();
  const before = virtualRows.length ? virtualRows[0].start : 0;
  const after = virtualRows.length ? virtualizer.getTotalSize() - virtualRows[virtualRows.length - 1].end : 0;
  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded-xl border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
      data-testid={testId}
    >
      <table className="w-full min-w-[72rem] border-collapse text-sm" aria-rowcount={items.length + 1}>
        <caption className="sr-only">{label}</caption>
        <thead className="sticky top-0 z-10 bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">{header}</thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {virtualRows.map((row) => renderRow(items[row.index], row.index + 2))}
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
