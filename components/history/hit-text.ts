import type { HistoryRow } from "@/lib/goals/history";

/** "Hit target in 5 of the last 6 months", naming what the columns are; the columns without a result say so. */
export function hitText(row: Pick<HistoryRow, "hits" | "results">, columns: number, noun: string): string {
  const plural = columns === 1 ? noun : `${noun}s`;
  if (row.results === 0) return `No result in the last ${columns === 1 ? noun : `${columns} ${plural}`}`;
  const base = `Hit target in ${row.hits} of the last ${columns} ${plural}`;
  return row.results === columns ? base : `${base} (${columns - row.results} without progress data)`;
}
