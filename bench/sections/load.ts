import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { app, type IdPool, type SectionContext } from "../context";
import { splitCalls } from "../emulator-admin";
import { ROOT } from "../paths";
import { treeRssMiB, sampleRss } from "../rss";
import { targets, type Row } from "../rows";

const run = promisify(execFile);

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p99_9: number; max: number };
  /** Connection errors and timeouts together. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * autocannon's default of 10 s counts a slow answer as an error. At saturation on two cores any
 * Node server (a bare http.createServer doing 2 ms of work per request included) leaves about one
 * request in a thousand waiting 10 to 20 s while the rest take a few hundred ms; waiting 30 s keeps
 * those in the latency figures (p99.9, max) and "errors" for requests that really failed.
 */
const TIMEOUT_SECONDS = 30;

interface Run {
  path: string;
  result: CannonResult;
  peakRssMiB: number;
  upstreamCalls: number;
  upstream429: number;
}

/**
 * autocannon in its own process: the bench's event loop must not be the bottleneck it measures.
 * The emulator's counters give the upstream calls and 429s the load caused.
 */
async function cannon(ctx: SectionContext, urlPath: string): Promise<Run> {
  // One request first, so the run measures the steady state rather than the first miss.
  await app(ctx, urlPath);
  await ctx.admin.resetCalls();
  const sampler = sampleRss(ctx.stack.appPid);
  const { connections, durationSeconds } = ctx.config.load;
  const { stdout } = await run(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "autocannon", "autocannon.js"),
      "-c", String(connections),
      "-d", String(durationSeconds),
      "-j",
      "-t", String(TIMEOUT_SECONDS),
      "-H", `cookie:${ctx.session.header}`,
      `${ctx.stack.appUrl}${urlPath}`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const peakRssMiB = sampler.stop();
  const calls = splitCalls(await ctx.admin.calls(ctx.portalId));
  return {
    path: urlPath,
    result: JSON.parse(stdout) as CannonResult,
    peakRssMiB,
    upstreamCalls: calls.targetList + calls.lookups,
    upstream429: calls.rateLimited,
  };
}

/** Section 3: autocannon on the list and detail APIs, next to a route of the same server that calls nothing upstream. */
export async function load(ctx: SectionContext, ids: IdPool): Promise<{ rows: Row[]; raw: Record<string, unknown> }> {
  const idleRssMiB = treeRssMiB(ctx.stack.appPid);
  const bare = await cannon(ctx, "/api/auth/session");
  const runs = [
    { name: "list", run: await cannon(ctx, "/api/goal-targets?limit=100") },
    { name: "detail", run: await cannon(ctx, `/api/goal-targets/${ids.take()}`) },
  ];
  const { connections, durationSeconds } = ctx.config.load;
  const rows: Row[] = [];
  for (const { name, run: r } of runs) {
    const label = `${name} API (${r.path.replace(/\?.*/, "")}), ${connections} connections × ${durationSeconds} s`;
    const note = `${r.result.requests.total.toLocaleString("en-US")} requests, ${r.upstreamCalls} upstream calls`;
    const tail = (c: CannonResult) => `p99.9 ${c.latency.p99_9.toLocaleString("en-US")} ms, max ${c.latency.max.toLocaleString("en-US")} ms`;
    const failed = (c: CannonResult) => c.errors + c.non2xx;
    rows.push(
      {
        section: 3,
        measure: `${label}: throughput`,
        value: r.result.requests.average,
        unit: "req/s",
        baseline: { label: "GET /api/auth/session (same server, no HubSpot)", value: bare.result.requests.average },
        note,
      },
      {
        section: 3,
        measure: `${name}: latency p99`,
        value: r.result.latency.p99,
        unit: "ms",
        baseline: { label: "same, session route", value: bare.result.latency.p99 },
        note: `${tail(r.result)}; session route ${tail(bare.result)}`,
      },
      {
        section: 3,
        measure: `${name}: errors (connection, ${TIMEOUT_SECONDS} s timeout, non-2xx)`,
        value: failed(r.result),
        unit: "count",
        baseline: { label: "same, session route", value: failed(bare.result) },
        target: targets.exactly(0),
        note: r.result.timeouts ? `${r.result.timeouts} timeouts` : undefined,
      },
      { section: 3, measure: `${name}: upstream 429s`, value: r.upstream429, unit: "count", target: targets.exactly(0) },
      { section: 3, measure: `${name}: peak RSS of next-server (+ children)`, value: r.peakRssMiB, unit: "MiB", baseline: { label: "idle, dataset cached", value: idleRssMiB } },
    );
  }
  return { rows, raw: { idleRssMiB, bare, runs } };
}
