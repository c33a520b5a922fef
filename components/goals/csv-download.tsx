"use client";

import { CSV_BOM, type CsvColumn, toCsv } from "@/lib/goals/csv";
import { saveFile } from "./save-file";

interface Props<R> {
  rows: readonly R[];
  columns: readonly CsvColumn<R>[];
  filename: string;
  label?: string;
}

/** Downloads rows the page holds (a plan's grid) with raw values. */
export function CsvDownload<R>({ rows, columns, filename, label = "Export CSV" }: Props<R>) {
  return (
    <button
      type="button"
      onClick={() => saveFile(new Blob([CSV_BOM + toCsv(columns, rows)], { type: "text/csv;charset=utf-8" }), filename)}
      className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm hover:bg-surface-subtle"
    >
      {label}
    </button>
  );
}
