import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { throttling } from "lighthouse/core/config/constants.js";
import type { Preset } from "../config";
import { app, type SectionContext } from "../context";
import { ROOT, resultsFile } from "../paths";
import { targets, type Row } from "../rows";
import { median } from "../stats";
import { BARE_ROUTE } from "./bundle";

const run = promisify(execFile);

export interface PageScores {
  performance: number;
  accessibility: number;
  lcpMs: number;
  /** The paint as it happened on loopback, before Lighthouse's network and CPU simulation. */
  observedLcpMs: number;
  tbtMs: number;
  cls: number;
}

interface LighthouseReport {
  categories: { performance: { score: number | null }; accessibility?: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, number>[] } }>;
  runtimeError?: { message: string };
}

/**
 * How the preset's network and CPU are imposed. "simulated" is Lighthouse's default: an unthrottled
 * load replayed by Lantern at the preset's speeds. "applied" throttles the browser itself while it
 * loads (Lighthouse's devtools method), so the LCP is a paint that happened under those conditions.
 */
export type Throttling = "simulated" | "applied";

/**
 * The preset's conditions as applied-throttling flags. Lighthouse's desktop preset leaves applied
 * throttling unset (no latency, no bandwidth limit), so its round trip and bandwidth are converted
 * with the same factors Lighthouse uses for the mobile preset's applied values.
 */
export function appliedThrottlingArgs(preset: Preset): string[] {
  const conditions = preset === "desktop" ? throttling.desktopDense4G : throttling.mobileSlow4G;
  const bandwidth = conditions.throughputKbps * throttling.DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR;
  return [
    "--throttling-method=devtools",
    `--throttling.requestLatencyMs=${conditions.requestLatencyMs || conditions.rttMs * throttling.DEVTOOLS_RTT_ADJUSTMENT_FACTOR}`,
    `--throttling.downloadThroughputKbps=${conditions.downloadThroughputKbps || bandwidth}`,
    `--throttling.uploadThroughputKbps=${conditions.uploadThroughputKbps || bandwidth}`,
    `--throttling.cpuSlowdownMultiplier=${conditions.cpuSlowdownMultiplier}`,
  ];
}

/** One Lighthouse run in its own process with the system Chromium, signed in through the session cookie. */
async function lighthouseOnce(ctx: SectionContext, url: string, preset: Preset, method: Throttling, reportName: string): Promise<PageScores> {
  // Kept (bench/results is not committed) so a missed LCP can be traced to the requests and tasks behind it.
  const out = resultsFile(reportName);
  const args = [
    path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
    url,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    // The applied load is read for its LCP only; auditing accessibility again there was wasted time.
    `--only-categories=${method === "applied" ? "performance" : "performance,accessibility"}`,
    "--disable-full-page-screenshot",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    `--extra-headers=${JSON.stringify({ Cookie: ctx.session.header })}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
    ...(method === "applied" ? appliedThrottlingArgs(preset) : []),
  ];
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(out, "utf8")) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? Number.NaN) * 100),
    lcpMs: audit("largest-contentful-paint"),
    observedLcpMs: report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? Number.NaN,
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

/** Every page is audited both ways; only the applied runs' LCP carries the target. */
const METHODS: readonly Throttling[] = ["simulated", "applied"];

/** A goal of the demo portal to open: its yearly revenue quota when there is one. */
async function demoGoalId(ctx: SectionContext): Promise<string | null> {
  const res = await app(ctx, "/api/goals");
  const data = JSON.parse(res.body) as { targets?: { goalId: string; name?: string }[] };
  const all = data.targets ?? [];
  return (all.find((t) => /Annual Revenue Quota/.test(t.name ?? "")) ?? all[0])?.goalId ?? null;
}

/** Pages to audit that exist in this build (detail pages and the timeline may not be there yet). */
async function pagesToAudit(ctx: SectionContext): Promise<{ label: string; path: string | null }[]> {
  const goalId = await demoGoalId(ctx);
  const candidates = [
    { label: "/goals", path: "/goals" },
    { label: "/goals/[goalId]", path: goalId ? `/goals/${goalId}` : null },
    { label: "/timeline", path: "/timeline" },
  ].slice(0, ctx.config.lighthouse.allPages ? 3 : 1);
  const pages: { label: string; path: string | null }[] = [];
  for (const page of candidates) {
    // Fetch once: a page that 404s is not built yet, and the first hit warms the server's caches.
    const status = page.path ? (await app(ctx, page.path)).status : 404;
    pages.push({ label: page.label, path: status === 200 ? page.path : null });
  }
  return pages;
}

/**
 * Section 5: Lighthouse on the demo portal's pages and on the bare page, the median of several runs
 * each. Pages are visited round-robin so a burst of machine load does not land on one page only.
 */
export async function lighthouse(ctx: SectionContext): Promise<{ rows: Row[]; raw: Record<string, unknown> }> {
  const pages = await pagesToAudit(ctx);
  await app(ctx, BARE_ROUTE);
  // The smoke run audits one page once: enough to show the section still works.
  const withBare = ctx.config.lighthouse.allPages ? [{ label: BARE_ROUTE, path: BARE_ROUTE }] : [];
  const measured = [...pages.filter((p) => p.path), ...withBare] as { label: string; path: string }[];
  // Keyed "<preset> <throttling>", then by page.
  const raw: Record<string, Record<string, PageScores[]>> = {};
  const runsOf = (preset: Preset, method: Throttling, label: string) => raw[`${preset} ${method}`]?.[label];
  for (const preset of ctx.config.lighthouse.presets) {
    for (let i = 0; i < ctx.config.lighthouse.runs; i++) {
      for (const page of measured) {
        for (const method of METHODS) {
          const name = `lighthouse-${preset}${method === "applied" ? "-applied" : ""}-${page.label.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "")}-${i + 1}.json`;
          ((raw[`${preset} ${method}`] ??= {})[page.label] ??= []).push(await lighthouseOnce(ctx, `${ctx.stack.appUrl}${page.path}`, preset, method, name));
        }
      }
    }
  }

  const rows: Row[] = [];
  const runs = ctx.config.lighthouse.runs;
  for (const preset of ctx.config.lighthouse.presets) {
    for (const page of pages) {
      const note = page.path ? `median of ${runs}` : "page not in this build";
      const row = (method: Throttling, measure: string, pick: (s: PageScores) => number, unit: Row["unit"], target?: Row["target"], why = ""): Row => {
        const own = page.path ? runsOf(preset, method, page.label) : undefined;
        const bare = runsOf(preset, method, BARE_ROUTE);
        // The spread next to the median, so a ratio is read against the noise behind it.
        const of = (list: PageScores[]) => `${Math.round(Math.min(...list.map(pick)))}–${Math.round(Math.max(...list.map(pick)))}`;
        const spread = unit === "ms" && own && runs > 1 ? `; runs ${of(own)} ms${bare ? `, bare ${of(bare)} ms` : ""}` : "";
        return {
          section: 5,
          measure: `${preset} ${page.label}: ${measure}`,
          value: own ? median(own.map(pick)) : null,
          unit,
          baseline: { label: `${BARE_ROUTE}, same preset`, value: bare ? median(bare.map(pick)) : null },
          target,
          note: note + spread + why,
        };
      };
      rows.push(
        row("simulated", "performance", (s) => s.performance, "score", preset === "desktop" ? targets.atLeast(95) : undefined),
        row("simulated", "accessibility", (s) => s.accessibility, "score", targets.exactly(100)),
        row("applied", "LCP, throttling applied", (s) => s.lcpMs, "ms", targets.atMostTimesBaseline(1.2)),
        // No target: on loopback, whether the chunks count in Lantern's graph is a race (bench/README.md).
        row("simulated", "LCP, simulated", (s) => s.lcpMs, "ms", undefined, "; no target, see bench/README.md"),
        // Shows whether a simulated ratio comes from the page's own paint or from the simulation.
        row("simulated", "LCP observed, unthrottled", (s) => s.observedLcpMs, "ms"),
        row("simulated", "TBT", (s) => s.tbtMs, "ms"),
        row("simulated", "CLS", (s) => s.cls, ""),
      );
    }
  }
  return { rows, raw };
}
