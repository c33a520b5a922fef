import { writeFileSync } from "node:fs";
import { resultsFile } from "./paths";
import { ratioOf, verdictOf, type Row } from "./rows";

export const SECTION_TITLES: Record<number, string> = {
  1: "Cold load and upstream calls",
  2: "Latency through Goalboard's API",
  3: "Load (autocannon)",
  4: "First-load JS",
  5: "Lighthouse (demo data)",
  6: "Large portal in a browser, warm",
  7: "Fairness under a flood",
  8: "Wallboard over an hour (simulated)",
};

function formatValue(value: number | null | undefined, unit: Row["unit"]): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "n/a";
  const digits = unit === "calls" || unit === "count" || unit === "score" ? 0 : unit === "" ? 3 : Math.abs(value) < 10 ? 1 : 0;
  const text = value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit && unit !== "score" && unit !== "count" ? `${text} ${unit}` : text;
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

export function markdownTable(rows: Row[]): string {
  const lines = ["| # | Measure | Goalboard | Baseline (same run) | Ratio | Target | Result | Note |", "|---|---|---|---|---|---|---|---|"];
  for (const row of rows) {
    const ratio = ratioOf(row);
    lines.push(
      `| ${[
        row.section,
        escape(row.measure),
        formatValue(row.value, row.unit),
        row.baseline ? `${formatValue(row.baseline.value, row.unit)} (${escape(row.baseline.label)})` : "",
        ratio === null ? "" : `${ratio.toFixed(2)}×`,
        row.target?.text ?? "",
        verdictOf(row),
        escape(row.note ?? ""),
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

export interface RunInfo {
  startedAt: string;
  finishedAt: string;
  mode: "default" | "smoke";
  lighthouse: string;
  /** null: the build was reused. */
  buildMs: number | null;
  /** Per stack: its emulator's start-up (seeding included) and the demo portal's live targets. */
  emulatorReady: Record<string, { ms: number; targets: number | null }>;
  commit: string;
  dirty: boolean;
  loadAverage: { before: number[]; after: number[] };
  node: string;
  chromium: string;
}

export function summary(rows: Row[]): { pass: number; miss: number; na: number } {
  const verdicts = rows.map(verdictOf);
  return { pass: verdicts.filter((v) => v === "PASS").length, miss: verdicts.filter((v) => v === "MISS").length, na: verdicts.filter((v) => v === "n/a").length };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

/** Writes bench/results/bench-<mode>.{json,md} and answers the Markdown. */
export function writeResults(info: RunInfo, rows: Row[], raw: Record<string, unknown>, errors: string[]): string {
  const { pass, miss, na } = summary(rows);
  const took = Date.parse(info.finishedAt) - Date.parse(info.startedAt);
  const stacks = Object.entries(info.emulatorReady)
    .map(([name, s]) => `${name} portal (${s.targets?.toLocaleString("en-US") ?? "?"} targets) ${seconds(s.ms)}`)
    .join(", ");
  const markdown = [
    `# Goalboard bench (${info.mode}, Lighthouse ${info.lighthouse})`,
    "",
    `Commit ${info.commit}${info.dirty ? " (with uncommitted changes)" : ""}, ${info.startedAt} to ${info.finishedAt}: ${minutes(took)} (build ${info.buildMs === null ? "reused" : seconds(info.buildMs)}).`,
    `Emulator start-up, seeding included: ${stacks || "no stack started"}.`,
    `Load average before ${info.loadAverage.before.map((l) => l.toFixed(2)).join(" ")}, after ${info.loadAverage.after.map((l) => l.toFixed(2)).join(" ")}. Node ${info.node}, ${info.chromium}.`,
    "",
    markdownTable(rows),
    "",
    `${pass} PASS, ${miss} MISS, ${na} n/a.`,
    ...(errors.length ? ["", "Sections that failed:", ...errors.map((e) => `- ${e}`)] : []),
    "",
  ].join("\n");
  writeFileSync(resultsFile(`bench-${info.mode}.md`), markdown);
  const json = rows.map((row) => ({ ...row, target: row.target?.text, ratio: ratioOf(row), result: verdictOf(row) }));
  writeFileSync(resultsFile(`bench-${info.mode}.json`), `${JSON.stringify({ info, rows: json, raw, errors }, null, 2)}\n`);
  return markdown;
}
