"use client";

import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { subtract } from "@/lib/goals/decimal";
import { type DraftValues, type Plan, parseAmountInput, type Totals } from "@/lib/goals/plan";
import { groupDigits, periodLabel, shownAggregate, signed } from "./format";

export interface Position {
  row: number;
  col: number;
}

interface Props {
  plan: Plan;
  draft: DraftValues;
  totals: Totals;
  cadence: string | null;
  /** "mean" for AVG goals: the Total column and row show averages. */
  aggregate: "sum" | "mean";
  editable: boolean;
  active: Position;
  onActivate: (position: Position) => void;
  selectedRows: ReadonlySet<string>;
  onToggleRow: (key: string) => void;
  onToggleAll: () => void;
  /** A typed amount, already checked; one undoable step. */
  onEdit: (label: string, amounts: Record<string, string>) => void;
  /** Text pasted with its top-left corner on a cell. */
  onPaste: (position: Position, text: string) => void;
  onUndo: () => void;
  onRedo: () => void;
}

const cellBase = "border-b border-line px-2 py-1.5 text-right tabular-nums whitespace-nowrap";

/**
 * The plan as a spreadsheet-like grid: one row per assignee, one column per period, totals per row,
 * column and goal. Arrow keys move; typing, Enter or F2 edits; Enter and Tab commit and move on;
 * Escape cancels; Delete puts HubSpot's value back; Ctrl+Z / Ctrl+Y undo and redo; a block copied
 * from a spreadsheet pastes from the active cell.
 */
export function PlanGrid(props: Props) {
  const { plan, draft, totals, cadence, aggregate, editable, active, onActivate } = props;
  const totalLabel = aggregate === "mean" ? "Average" : "Total";
  /** `select`: opened on the cell's value (Enter, F2, double-click), which typing then replaces. */
  const [editing, setEditing] = useState<{ text: string; error: string | null; select?: boolean } | null>(null);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const rows = plan.rows.length;
  const cols = plan.periods.length;
  const activeCell = plan.rows[active.row]?.cells[active.col] ?? null;
  const label = (row: number, col: number) => `${plan.rows[row].name}, ${periodLabel(plan.periods[col].start, plan.periods[col].end, cadence)}`;

  // After keyboard editing the focus returns to the grid, on whichever cell is active by then.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (editing) return;
    const element = cells.current.get(`${active.row}:${active.col}`);
    if (!element) return;
    if (wantFocus.current || element.closest("table")?.contains(document.activeElement)) element.focus();
    wantFocus.current = false;
  }, [active, editing]);

  const move = (dRow: number, dCol: number, wrap = false) => {
    let row = active.row + dRow;
    let col = active.col + dCol;
    if (wrap && col >= cols) [row, col] = [row + 1, 0];
    if (wrap && col < 0) [row, col] = [row - 1, cols - 1];
    onActivate({ row: Math.min(rows - 1, Math.max(0, row)), col: Math.min(cols - 1, Math.max(0, col)) });
  };

  const commit = (): boolean => {
    if (!editing || !activeCell) return true;
    const parsed = parseAmountInput(editing.text);
    if (!parsed.ok) {
      setEditing({ ...editing, error: parsed.message });
      return false;
    }
    props.onEdit(`Edit ${label(active.row, active.col)}`, { [activeCell.id]: parsed.value });
    setEditing(null);
    return true;
  };

  const startEditing = (text: string, select: boolean) => {
    if (!editable || !activeCell) return;
    setEditing({ text, error: null, select });
  };

  const onGridKey = (event: KeyboardEvent) => {
    if (editing) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === "z") {
      event.preventDefault();
      if (event.shiftKey) props.onRedo();
      else props.onUndo();
      return;
    }
    if (mod && event.key.toLowerCase() === "y") {
      event.preventDefault();
      props.onRedo();
      return;
    }
    if (mod || event.altKey) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[event.key]) {
      event.preventDefault();
      move(...moves[event.key]);
    } else if (event.key === "Tab") {
      event.preventDefault();
      move(0, event.shiftKey ? -1 : 1, true);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      if (activeCell) startEditing(draft[activeCell.id] ?? activeCell.amount, true);
    } else if ((event.key === "Delete" || event.key === "Backspace") && editable && activeCell) {
      event.preventDefault();
      props.onEdit(`Reset ${label(active.row, active.col)}`, { [activeCell.id]: activeCell.amount });
    } else if (event.key.length === 1 && /[\d.,$€£]/.test(event.key)) {
      event.preventDefault();
      startEditing(event.key, false);
    }
  };

  const onEditorKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const after = (dRow: number, dCol: number, wrap = false) => {
      event.preventDefault();
      if (commit()) {
        wantFocus.current = true;
        move(dRow, dCol, wrap);
      }
    };
    if (event.key === "Enter") after(event.shiftKey ? -1 : 1, 0);
    else if (event.key === "Tab") after(0, event.shiftKey ? -1 : 1, true);
    else if (event.key === "ArrowUp") after(-1, 0);
    else if (event.key === "ArrowDown") after(1, 0);
    else if (event.key === "Escape") {
      event.preventDefault();
      wantFocus.current = true;
      setEditing(null);
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    if (!editable) return;
    const text = event.clipboardData.getData("text/plain");
    // A single value pasted while editing is just typing; a block goes into the grid.
    if (editing && !/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    setEditing(null);
    props.onPaste(active, text);
  };

  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table role="grid" aria-label="Targets by assignee and period" aria-readonly={!editable} className="min-w-full border-separate border-spacing-0 text-sm" data-testid="plan-grid" onKeyDown={onGridKey} onPaste={onPaste}>
          <thead>
            <tr className="bg-surface-subtle text-fg-muted">
              <th scope="col" className="sticky left-0 z-10 border-b border-line bg-surface-subtle px-2 py-2 text-left font-medium">
                {editable && (
                  <input
                    type="checkbox"
                    className="mr-2 align-middle"
                    aria-label="Select every assignee for the bulk tools"
                    checked={props.selectedRows.size === rows && rows > 0}
                    onChange={props.onToggleAll}
                  />
                )}
                Assignee
              </th>
              {plan.periods.map((period) => (
                <th key={period.key} scope="col" className="border-b border-line px-2 py-2 text-right font-medium" title={`${period.start.slice(0, 10)} to ${new Date(Date.parse(period.end) - 1).toISOString().slice(0, 10)}`}>
                  {periodLabel(period.start, period.end, cadence)}
                </th>
              ))}
              <th scope="col" className="border-b border-l border-line px-2 py-2 text-right font-semibold">
                {totalLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row, r) => (
              <tr key={row.key} data-testid="plan-row" data-row={row.key}>
                <th scope="row" className="sticky left-0 z-10 border-b border-line bg-surface px-2 py-1.5 text-left font-medium text-fg">
                  {editable && (
                    <input type="checkbox" className="mr-2 align-middle" aria-label={`Select ${row.name} for the bulk tools`} checked={props.selectedRows.has(row.key)} onChange={() => props.onToggleRow(row.key)} />
                  )}
                  {row.name}
                </th>
                {row.cells.map((cell, c) => {
                  const isActive = r === active.row && c === active.col;
                  if (!cell) {
                    return (
                      <td
                        key={plan.periods[c].key}
                        role="gridcell"
                        aria-label={`${label(r, c)}: no target`}
                        tabIndex={isActive ? 0 : -1}
                        ref={(el) => void (el ? cells.current.set(`${r}:${c}`, el) : cells.current.delete(`${r}:${c}`))}
                        onFocus={() => !isActive && onActivate({ row: r, col: c })}
                        className={`${cellBase} text-fg-subtle ${isActive ? "outline outline-2 -outline-offset-2 outline-focus" : ""}`}
                      >
                        —
                      </td>
                    );
                  }
                  const value = draft[cell.id] ?? cell.amount;
                  const changed = value !== cell.amount;
                  return (
                    <td
                      key={cell.id}
                      role="gridcell"
                      tabIndex={isActive && !editing ? 0 : -1}
                      aria-selected={isActive}
                      ref={(el) => void (el ? cells.current.set(`${r}:${c}`, el) : cells.current.delete(`${r}:${c}`))}
                      onFocus={() => !isActive && onActivate({ row: r, col: c })}
                      onClick={() => onActivate({ row: r, col: c })}
                      onDoubleClick={() => startEditing(value, true)}
                      data-testid="plan-cell"
                      data-target-id={cell.id}
                      data-period={plan.periods[c].start.slice(0, 10)}
                      data-value={value}
                      data-changed={changed}
                      title={changed ? `HubSpot: ${groupDigits(cell.amount)}` : undefined}
                      className={`${cellBase} ${changed ? "bg-warning-bg" : ""} ${isActive ? "outline outline-2 -outline-offset-2 outline-focus" : ""}`}
                    >
                      {isActive && editing ? (
                        <input
                          autoFocus
                          aria-label={`${label(r, c)} target`}
                          aria-invalid={editing.error !== null}
                          aria-describedby={editing.error ? "plan-cell-error" : undefined}
                          inputMode="decimal"
                          className="w-28 rounded border border-accent px-1 py-0.5 text-right"
                          value={editing.text}
                          onFocus={(event) => {
                            const input = event.currentTarget;
                            if (editing.select) input.select();
                            else input.setSelectionRange(input.value.length, input.value.length);
                          }}
                          onChange={(event) => setEditing({ text: event.target.value, error: null })}
                          onKeyDown={onEditorKey}
                          onBlur={() => void commit()}
                          data-testid="plan-cell-input"
                        />
                      ) : (
                        <>
                          <span className="block text-fg">{groupDigits(value)}</span>
                          {changed && (
                            <span className="block text-xs text-warning-fg" data-testid="plan-cell-delta">
                              {signed(subtract(value, cell.amount))}
                            </span>
                          )}
                        </>
                      )}
                    </td>
                  );
                })}
                <td className={`${cellBase} border-l font-semibold`} data-testid="row-total" data-value={totals.rows[row.key]}>
                  {shownAggregate(totals.rows[row.key], aggregate)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bg-surface-subtle">
              <th scope="row" className="sticky left-0 z-10 bg-surface-subtle px-2 py-2 text-left font-semibold">
                {totalLabel}
              </th>
              {plan.periods.map((period) => (
                <td key={period.key} className="px-2 py-2 text-right font-semibold tabular-nums whitespace-nowrap" data-testid="column-total" data-value={totals.columns[period.key]}>
                  {shownAggregate(totals.columns[period.key], aggregate)}
                </td>
              ))}
              <td className="border-l border-line px-2 py-2 text-right font-bold tabular-nums whitespace-nowrap" data-testid="goal-total" data-value={totals.goal}>
                {shownAggregate(totals.goal, aggregate)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {editing?.error && (
        <p id="plan-cell-error" role="alert" className="text-sm text-danger-fg" data-testid="plan-cell-error">
          {label(active.row, active.col)}: {editing.error}
        </p>
      )}
    </div>
  );
}
