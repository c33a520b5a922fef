import { type CsvColumn, toCsv } from "../csv";
import { parseAmountInput } from "./amount";
import { type DraftValues, type Plan, type PlanRow, valueOf } from "./model";

/**
 * The plan grid as CSV, the same columns out and in: "Assignee", "Schedule id", then one column per
 * period headed by its first day (YYYY-MM-DD, UTC, as HubSpot dates the slices). Amounts are plain
 * decimals. On import, a row is matched by schedule id (by assignee name when the id is left
 * blank), an empty cell keeps the grid's value, and every problem is reported with its line.
 */
export const ASSIGNEE_HEADER = "Assignee";
export const SCHEDULE_HEADER = "Schedule id";

export const periodHeader = (start: string) => start.slice(0, 10);

/** The grid's columns, for toCsv or a download of `plan.rows`. */
export function planCsvColumns(plan: Plan, draft: DraftValues): CsvColumn<PlanRow>[] {
  return [
    { header: ASSIGNEE_HEADER, value: (row) => row.name },
    { header: SCHEDULE_HEADER, value: (row) => row.key },
    ...plan.periods.map((period, index) => ({
      header: periodHeader(period.start),
      value: (row: PlanRow) => {
        const cell = row.cells[index];
        return cell ? valueOf(cell, draft) : null;
      },
    })),
  ];
}

export function planCsv(plan: Plan, draft: DraftValues): string {
  return toCsv(planCsvColumns(plan, draft), plan.rows);
}

export interface LineError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  message: string;
}

export interface CsvImport {
  /** New amounts by target id, only where the file differs from the grid. */
  amounts: Record<string, string>;
  errors: LineError[];
}

/**
 * Splits delimited text into records (RFC 4180: quoted fields may hold the delimiter, quotes and
 * line breaks). Each record keeps the line it starts on. The delimiter is a tab, semicolon or comma,
 * whichever the first line has most of outside quotes.
 */
export function parseDelimited(text: string): { line: number; fields: string[] }[] {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(source);
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
      fieldStarted = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i += 1;
      if (fieldStarted || field !== "" || fields.length) records.push({ line: recordLine, fields: [...fields, field] });
      fields = [];
      field = "";
      fieldStarted = false;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== "" || fields.length) records.push({ line: recordLine, fields: [...fields, field] });
  return records;
}

function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, "");
  const counts = ["\t", ";", ","].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

/** A spreadsheet cell exported by toCsv may carry a leading apostrophe that neutralised a formula. */
const unguard = (text: string) => text.trim().replace(/^'(?=[=+\-@])/, "");

export function importPlanCsv(plan: Plan, draft: DraftValues, text: string): CsvImport {
  const records = parseDelimited(text);
  const errors: LineError[] = [];
  if (records.length === 0) return { amounts: {}, errors: [{ line: 1, message: "The file is empty." }] };
  const [header, ...rows] = records;
  const headers = header.fields.map((cell) => cell.trim());
  const assigneeAt = headers.indexOf(ASSIGNEE_HEADER);
  const scheduleAt = headers.indexOf(SCHEDULE_HEADER);
  if (assigneeAt === -1 && scheduleAt === -1) errors.push({ line: header.line, message: `The first line needs an "${ASSIGNEE_HEADER}" or "${SCHEDULE_HEADER}" column.` });
  const periodIndex = new Map(plan.periods.map((period, index) => [periodHeader(period.start), index]));
  const periodColumns: { column: number; period: number; label: string }[] = [];
  headers.forEach((label, column) => {
    if (column === assigneeAt || column === scheduleAt || label === "") return;
    const period = periodIndex.get(label);
    if (period === undefined) errors.push({ line: header.line, message: `Column "${label}" is not a period of this goal (periods are headed by their first day, e.g. ${periodHeader(plan.periods[0]?.start ?? "2026-01-01")}).` });
    else periodColumns.push({ column, period, label });
  });
  if (errors.length) return { amounts: {}, errors };

  const byKey = new Map(plan.rows.map((row) => [row.key, row]));
  const byName = new Map<string, PlanRow[]>();
  for (const row of plan.rows) byName.set(row.name.toLowerCase(), [...(byName.get(row.name.toLowerCase()) ?? []), row]);
  const seen = new Map<string, number>();
  const amounts: Record<string, string> = {};
  for (const record of rows) {
    if (record.fields.every((field) => field.trim() === "")) continue;
    const cell = (column: number) => (column === -1 ? "" : unguard(record.fields[column] ?? ""));
    const key = cell(scheduleAt);
    const name = cell(assigneeAt);
    let row: PlanRow | undefined;
    if (key) {
      row = byKey.get(key);
      if (!row) {
        errors.push({ line: record.line, message: `Schedule id ${key}${name ? ` (${name})` : ""} is not an assignee of this goal.` });
        continue;
      }
    } else {
      const matches = byName.get(name.toLowerCase()) ?? [];
      if (matches.length !== 1) {
        errors.push({ line: record.line, message: matches.length ? `"${name}" has several schedules in this goal; give the schedule id.` : `"${name}" is not an assignee of this goal.` });
        continue;
      }
      row = matches[0];
    }
    if (seen.has(row.key)) {
      errors.push({ line: record.line, message: `${row.name} appears again (first on line ${seen.get(row.key)}).` });
      continue;
    }
    seen.set(row.key, record.line);
    for (const { column, period, label } of periodColumns) {
      const raw = cell(column);
      if (raw === "") continue;
      const target = row.cells[period];
      if (!target) {
        errors.push({ line: record.line, message: `${row.name} has no target for ${label}; leave that cell empty.` });
        continue;
      }
      const parsed = parseAmountInput(raw);
      if (!parsed.ok) errors.push({ line: record.line, message: `${row.name}, ${label}: ${parsed.message}` });
      else if (parsed.value !== valueOf(target, draft)) amounts[target.id] = parsed.value;
    }
  }
  return { amounts, errors };
}
