"use client";

import { CSV_BOM, type CsvColumn, toCsv } from "@/lib/goals/csv";

interface Props<R> {
  rows: readonly R[];
  columns: readonly CsvColumn<R>[];
  filename: string;
  label?: string;
}

/** Downloads exactly the rows in view (filters and sort applied) with raw values. */
export function CsvDownload<R>({ rows, columns, filename, label = "Export CSV" }: Props<R>) {
  return (
    <button
      type="button"
      onClick={() => {
        const blob = new Blob([CSV_BOM + toCsv(columns, rows)], { type: "text/csv;charset=utf-8" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = filename;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
      className="rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm hover:bg-surface-subtle"
    >
      {label}
    </button>
  );
}
