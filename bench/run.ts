/**
 * `npm run bench`: Goalboard's cost, every figure next to a baseline measured in the same run.
 * See bench/README.md for what each section measures and why its baseline is the right one.
 */
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { parseArgs, type BenchConfig } from "./config";
import { BENCH_PORTAL, BENCH_USER, IdPool, type SectionContext } from "./context";
import { ensureBuild } from "./build";
import { EmulatorAdmin } from "./emulator-admin";
import { stopAll } from "./processes";
import { SECTION_TITLES, summary, writeResults } from "./report";
import type { Row } from "./rows";
import { signIn } from "./sign-in";
import { BenchStack } from "./stack";
import { sleep } from "./stats";
import { browserFigures, browserRows, type BrowserFigures } from "./sections/browser";
import { bundle } from "./sections/bundle";
import { latency } from "./sections/latency";
import { flood } from "./sections/flood";
import { lighthouse } from "./sections/lighthouse";
import { load } from "./sections/load";
import { upstreamCalls } from "./sections/upstream-calls";
import { wallboard } from "./sections/wallboard";

const rows: Row[] = [];
const raw: Record<string, unknown> & { build?: { built: boolean; ms: number } } = {};
const errors: string[] = [];

/** Runs one section unless left out; a failure is reported under the table instead of ending the run. */
async function section<T>(config: BenchConfig, number: number, name: string, work: () => Promise<T> | T): Promise<T | undefined> {
  if (!config.only.has(number)) return undefined;
  const started = Date.now();
  process.stdout.write(`› ${number} ${name}…`);
  try {
    const result = await work();
    console.log(` ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.log(" failed");
    errors.push(`${number} ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** How long each stack's emulator took to start, by stack name: the large portal's includes seeding it. */
const emulatorReady: Record<string, { ms: number; targets: number | null }> = {};

async function withStack<T>(
  config: BenchConfig,
  name: string,
  targets: number | undefined,
  work: (ctx: SectionContext) => Promise<T>,
  appEnv?: Record<string, string>,
): Promise<T> {
  const stack = await BenchStack.start({ name, distDir: config.distDir, targets, appEnv });
  emulatorReady[name] = { ms: stack.emulatorReadyMs, targets: null };
  try {
    const admin = new EmulatorAdmin(stack.emulatorUrl);
    const session = await signIn(stack.appUrl, stack.emulatorUrl, BENCH_USER);
    emulatorReady[name].targets = (await admin.portal(BENCH_PORTAL)).targets;
    return await work({ config, stack, admin, session, portalId: BENCH_PORTAL });
  } finally {
    await stack.stop();
  }
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function chromiumVersion(): string {
  try {
    const out = execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return out.match(/Chromium [\d.]+/)?.[0] ?? out.trim();
  } catch {
    return "Chromium not found";
  }
}

async function main(): Promise<number> {
  const config = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  console.log(`Goalboard bench (${config.smoke ? "smoke" : "default"}, Lighthouse ${config.lighthouse.name}), load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}`);

  try {
    process.stdout.write(`› Build (${config.distDir})…`);
    raw.build = ensureBuild(config.distDir, config.reuseBuild);
    console.log(raw.build.built ? ` ${(raw.build.ms / 1000).toFixed(1)} s` : " reused");
  } catch (error) {
    errors.push(`build: ${error instanceof Error ? error.message : String(error)}`);
    return finish(config, startedAt, loadBefore);
  }

  const sizes = await section(config, 4, "First-load JS", () => bundle(config.distDir));
  if (sizes) rows.push(...sizes.rows);
  raw.bundle = sizes?.raw;

  let large: BrowserFigures | undefined;
  const runOnLarge = async (ctx: SectionContext) => {
    const ids = new IdPool(await ctx.admin.targetIds(ctx.portalId));
    const calls = await section(config, 1, "Cold load and upstream calls", () => upstreamCalls(ctx, ids));
    if (calls) {
      rows.push(...calls.rows);
      raw.upstreamCalls = calls.raw;
      // Section 1 spent much of the portal's rolling 10-second budget; start the next one clean.
      if (!config.smoke) await sleep(10_000);
    }
    const lat = await section(config, 2, "Latency", () => latency(ctx, ids));
    if (lat) rows.push(...lat.rows);
    raw.latency = lat?.raw;
    const loaded = await section(config, 3, "Load", () => load(ctx, ids));
    if (loaded) rows.push(...loaded.rows);
    raw.load = loaded?.raw;
    const fair = await section(config, 7, "Fairness under a flood", () => flood(ctx, ids));
    if (fair) rows.push(...fair.rows);
    raw.flood = fair?.raw;
    large = await section(config, 6, "Browser, large portal", () => browserFigures(ctx));
  };
  const runOnDemo = async (ctx: SectionContext) => {
    const demo = await section(config, 6, "Browser, demo portal", () => browserFigures(ctx));
    raw.browser = { large, demo };
    if (large && demo) rows.push(...browserRows(large, demo));
    const lh = await section(config, 5, "Lighthouse", () => lighthouse(ctx));
    if (lh) rows.push(...lh.rows);
    raw.lighthouse = lh?.raw;
  };

  const runWallboard = async (ctx: SectionContext) => {
    const wall = await section(config, 8, "Wallboard over an hour", () => wallboard(ctx));
    if (wall) rows.push(...wall.rows);
    raw.wallboard = wall?.raw;
  };
  const stacks = [
    { name: "large", targets: config.largeTargets, work: runOnLarge, sections: [1, 2, 3, 6, 7] },
    { name: "demo", targets: undefined, work: runOnDemo, sections: [5, 6] },
    // Answer cache off: every wallboard refresh loads from the emulator, the worst case for memory.
    { name: "wall", targets: undefined, work: runWallboard, sections: [8], appEnv: { CACHE_TTL_SECONDS: "0" } },
  ];
  for (const stack of stacks.filter((s) => s.sections.some((n) => config.only.has(n)))) {
    try {
      await withStack(config, stack.name, stack.targets, stack.work, stack.appEnv);
    } catch (error) {
      errors.push(`${stack.name} portal stack: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return finish(config, startedAt, loadBefore);
}

function finish(config: BenchConfig, startedAt: string, loadBefore: number[]): number {
  rows.sort((a, b) => a.section - b.section);
  const mode = config.smoke ? "smoke" : "default";
  const markdown = writeResults(
    {
      startedAt,
      finishedAt: new Date().toISOString(),
      mode,
      lighthouse: config.lighthouse.name,
      buildMs: raw.build?.built ? raw.build.ms : null,
      emulatorReady,
      commit: git(["rev-parse", "--short", "HEAD"]),
      dirty: git(["status", "--porcelain"]) !== "",
      loadAverage: { before: loadBefore, after: loadavg() },
      node: process.version,
      chromium: chromiumVersion(),
    },
    rows,
    raw,
    errors,
  );
  console.log(`\n${markdown}`);
  console.log(`Written to bench/results/bench-${mode}.{md,json}`);
  const empty = [...config.only].filter((s) => !rows.some((r) => r.section === s && r.value !== null));
  if (empty.length) console.error(`Sections without figures: ${empty.map((s) => `${s} ${SECTION_TITLES[s]}`).join(", ")}`);
  // Misses are findings, reported in the table; only a bench that could not measure fails.
  const { miss } = summary(rows);
  if (miss) console.log(`${miss} figure(s) miss their target.`);
  return errors.length || empty.length ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  });
