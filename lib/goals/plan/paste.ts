import { parseAmountInput } from "./amount";
import { parseDelimited } from "./csv";
import type { Plan } from "./model";

export interface PasteResult {
  amounts: Record<string, string>;
  /** Cells refused, with why ("Ava · 2026-03-01: …"). */
  errors: string[];
  /** Pasted values that fell outside the grid or on a period the assignee has no target for. */
  skipped: number;
}

/**
 * A block copied from a spreadsheet (tab-separated rows), pasted with its top-left corner on the
 * given cell. Empty pasted cells leave the grid's value alone.
 */
export function pasteBlock(plan: Plan, rowIndex: number, periodIndex: number, text: string): PasteResult {
  const block = parseDelimited(text.replace(/\r?\n$/, "")).map((record) => record.fields);
  const amounts: Record<string, string> = {};
  const errors: string[] = [];
  let skipped = 0;
  block.forEach((fields, r) => {
    fields.forEach((raw, c) => {
      if (raw.trim() === "") return;
      const row = plan.rows[rowIndex + r];
      const period = plan.periods[periodIndex + c];
      const target = row && period ? row.cells[periodIndex + c] : null;
      if (!row || !period || !target) {
        skipped += 1;
        return;
      }
      const parsed = parseAmountInput(raw);
      if (parsed.ok) amounts[target.id] = parsed.value;
      else errors.push(`${row.name} · ${period.start.slice(0, 10)}: ${parsed.message}`);
    });
  });
  return { amounts, errors, skipped };
}
