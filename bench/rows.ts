/**
 * One line of the bench table: a figure of Goalboard next to its baseline from the same run, and
 * the target for it where there is one.
 */
export interface Row {
  section: number;
  measure: string;
  value: number | null;
  unit: Unit;
  baseline?: { label: string; value: number | null };
  target?: Target;
  /** Why a figure is missing, or what to keep in mind reading it. */
  note?: string;
}

/** KB: 1,000 bytes (a target written in KB); KiB and MiB: 1,024 and 1,024² bytes. */
export type Unit = "calls" | "ms" | "KB" | "KiB" | "req/s" | "MiB" | "score" | "count" | "";

export interface Target {
  text: string;
  /** Judges the figure; gets the baseline's value (NaN when there is none). */
  met: (value: number, baseline: number) => boolean;
  /** Judged against the baseline, so it cannot be judged without one. */
  relative: boolean;
}

export type Verdict = "PASS" | "MISS" | "n/a" | "";

export function ratioOf(row: Row): number | null {
  const base = row.baseline?.value;
  if (row.value === null || base === null || base === undefined || base === 0 || Number.isNaN(base) || Number.isNaN(row.value)) return null;
  return row.value / base;
}

export function verdictOf(row: Row): Verdict {
  if (!row.target) return "";
  if (row.value === null || Number.isNaN(row.value)) return "n/a";
  const base = row.baseline?.value;
  if (row.target.relative && (base === null || base === undefined || Number.isNaN(base))) return "n/a";
  return row.target.met(row.value, row.baseline?.value ?? Number.NaN) ? "PASS" : "MISS";
}

export const targets = {
  equalsBaseline: (text = "= baseline"): Target => ({ text, relative: true, met: (v, b) => v === b }),
  exactly: (n: number): Target => ({ text: `= ${n}`, relative: false, met: (v) => v === n }),
  atMostTimesBaseline: (k: number): Target => ({ text: `≤ ${k} × baseline`, relative: true, met: (v, b) => v <= k * b }),
  atMostBaselinePlus: (ms: number): Target => ({ text: `≤ baseline + ${ms} ms`, relative: true, met: (v, b) => v <= b + ms }),
  atLeast: (n: number): Target => ({ text: `≥ ${n}`, relative: false, met: (v) => v >= n }),
};
