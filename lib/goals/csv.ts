/** RFC 4180 CSV for exports, with raw values (no currency symbols) so spreadsheets can compute. */

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => string | number | null;
}

/** Excel only detects UTF-8 with a byte-order mark; callers building a download prepend it. */
export const CSV_BOM = "\uFEFF";

const CRLF = "\r\n";
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Spreadsheets evaluate cells starting with these as formulas (OWASP "CSV injection"); tab and CR
// are included because some applications strip them and then see the formula behind them.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv<R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string {
  const lines = [columns.map((column) => field(column.header))];
  for (const row of rows) lines.push(columns.map((column) => field(column.value(row))));
  return lines.map((cells) => cells.join(",") + CRLF).join("");
}

function field(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? quote(String(value)) : "";
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return quote(text);
}

function quote(text: string): string {
  const needsQuotes = /[",\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
