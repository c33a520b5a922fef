import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
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
  categories: Record<"performance" | "accessibility", { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, number>[] } }>;
  runtimeError?: { message: string };
}

/** One Lighthouse run in its own process with the system Chromium, signed in through the session cookie. */
async function lighthouseOnce(ctx: SectionContext, url: string, preset: Preset, reportName: string): Promise<PageScores> {
  // Kept (bench/results is not committed) so a missed LCP can be traced to the requests and tasks behind it.
  const out = resultsFile(reportName);
  const args = [
    path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
    url,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    "--only-categories=performance,accessibility",
    "--disable-full-page-screenshot",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    `--extra-headers=${JSON.stringify({ Cookie: ctx.session.header })}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(out, "utf8")) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((report.categories.performance.score ?? Number.NaN) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? Number.NaN) * 100),
    lcpMs: audit("largest-contentful-paint"),
    observedLcpMs: report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? Number.NaN,
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}

function medianScores(runs: PageScores[]): PageScores {
  const m = (key: keyof PageScores) => median(runs.map((r) => r[key]));
  return { performance: m("performance"), accessibility: m("accessibility"), lcpMs: m("lcpMs"), observedLcpMs: m("observedLcpMs"), tbtMs: m("tbtMs"), cls: m("cls") };
}

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
  const raw: Record<string, Record<string, PageScores[]>> = {};
  for (const preset of ctx.config.lighthouse.presets) {
    raw[preset] = {};
    for (let i = 0; i < ctx.config.lighthouse.runs; i++) {
      for (const page of measured) {
        const name = `lighthouse-${preset}-${page.label.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "")}-${i + 1}.json`;
        (raw[preset][page.label] ??= []).push(await lighthouseOnce(ctx, `${ctx.stack.appUrl}${page.path}`, preset, name));
      }
    }
  }

  const rows: Row[] = [];
  for (const preset of ctx.config.lighthouse.presets) {
    const bareRuns = raw[preset][BARE_ROUTE];
    const bare = bareRuns ? medianScores(bareRuns) : null;
    const runs = ctx.config.lighthouse.runs;
    for (const page of pages) {
      const scores = page.path ? medianScores(raw[preset][page.label]) : null;
      const note = page.path ? `median of ${runs}` : "page not in this build";
      const row = (measure: string, value: number | undefined, unit: Row["unit"], base: number | undefined, target?: Row["target"], extra = ""): Row => ({
        section: 5,
        measure: `${preset} ${page.label}: ${measure}`,
        value: value ?? null,
        unit,
        baseline: { label: `${BARE_ROUTE}, same preset`, value: base ?? null },
        target,
        note: note + extra,
      });
      // The spread next to the median, so a ratio is read against the noise behind it.
      const spread = (pick: (s: PageScores) => number) => {
        const of = (list: PageScores[] | undefined) => (list?.length ? `${Math.round(Math.min(...list.map(pick)))}–${Math.round(Math.max(...list.map(pick)))}` : "n/a");
        return page.path && runs > 1 ? `; runs ${of(raw[preset][page.label])} ms, bare ${of(bareRuns)} ms` : "";
      };
      rows.push(
        row("performance", scores?.performance, "score", bare?.performance, preset === "desktop" ? targets.atLeast(95) : undefined),
        row("accessibility", scores?.accessibility, "score", bare?.accessibility, targets.exactly(100)),
        row("LCP", scores?.lcpMs, "ms", bare?.lcpMs, targets.atMostTimesBaseline(1.2), spread((s) => s.lcpMs)),
        // No target: shows whether a simulated LCP ratio comes from the page's own paint or from the simulation.
        row("LCP observed, unthrottled", scores?.observedLcpMs, "ms", bare?.observedLcpMs, undefined, spread((s) => s.observedLcpMs)),
        row("TBT", scores?.tbtMs, "ms", bare?.tbtMs),
        row("CLS", scores?.cls, "", bare?.cls),
      );
    }
  }
  return { rows, raw };
}
