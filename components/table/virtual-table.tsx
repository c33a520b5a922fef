"use client";

import type { RowWindow } from "./use-row-window";

interface Props<T> {
  /** Rows in the whole list; only those in `window` are drawn. */
  count: number;
  /** The row at an index, or undefined while its window of rows is on its way from the server. */
  rowAt: (index: number) => T | undefined;
  window: RowWindow;
  /** The scrolling element's ref, from useRowWindow. */
  scrollRef: (element: HTMLDivElement | null) => void;
  /** Accessible name of the table. */
  label: string;
  /** Header cells (a <tr>). */
  header: React.ReactNode;
  columnCount: number;
  /** Renders one row; must return a <tr> with the given aria-rowindex and a key. */
  renderRow: (item: T, rowIndex: number) => React.ReactNode;
  /** Tailwind height class of a row (every row has the same), for the rows still coming. */
  rowClassName: string;
  testId?: string;
  /** Width rules for the table; the default lets columns size to their content. */
  tableClassName?: string;
  /** A <colgroup> fixing column widths, for tables whose rows must not re-lay the columns. */
  columns?: React.ReactNode;
  /** Set while the rows shown are the previous view's, until the new answer arrives. */
  busy?: boolean;
  /**
   * Where the rows scroll: by default in the table's own box (its header sticky inside it); a table
   * may let the page scroll it where the screen is wide enough for all of it (one scrollbar).
   */
  boxClassName?: string;
}

/** A box of its own that scrolls both ways, its header sticky at its top. */
export const BOX = "max-h-[70vh] overflow-auto";

/**
 * A real <table> (screen readers get rows and columns) that draws only the rows in view, so a list
 * of 100,000 rows scrolls as smoothly as one of 10. Spacer rows stand in for the rows above and
 * below; a row whose window has not arrived yet is drawn as a grey bar of the same height.
 */
export function VirtualTable<T>({ count, rowAt, window, scrollRef, label, header, columnCount, renderRow, rowClassName, testId, tableClassName = "w-full min-w-[72rem]", columns, busy, boxClassName = BOX }: Props<T>) {
  const { first, last, before, after } = window;
  const rows: React.ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = rowAt(i);
    rows.push(
      item === undefined ? (
        <tr key={`pending:${i}`} aria-rowindex={i + 2} className={`${rowClassName} border-t border-line-subtle`} data-testid="row-pending">
          <td colSpan={columnCount} className="px-3">
            <span className="block h-3 w-2/3 animate-pulse rounded bg-surface-strong" />
            <span className="sr-only">Loading</span>
          </td>
        </tr>
      ) : (
        renderRow(item, i + 2)
      ),
    );
  }
  return (
    <div
      ref={scrollRef}
      className={`${boxClassName} rounded-xl border border-line bg-surface print:max-h-none print:overflow-visible`}
      tabIndex={0}
      role="region"
      aria-label={`${label} (scrollable)`}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      <table className={`${tableClassName} border-collapse text-sm`} aria-rowcount={count + 1}>
        <caption className="sr-only">{label}</caption>
        {columns}
        <thead className="sticky top-0 z-10 bg-surface-muted text-left text-xs uppercase tracking-wide text-fg-muted">{header}</thead>
        <tbody className={busy ? "opacity-60" : undefined}>
          {before > 0 && (
            <tr aria-hidden="true" className="print:hidden">
              <td colSpan={columnCount} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {rows}
          {after > 0 && (
            <tr aria-hidden="true" className="print:hidden">
              <td colSpan={columnCount} style={{ height: after, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
