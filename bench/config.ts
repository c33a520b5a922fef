/**
 * What one bench run does. The full run is what the targets are judged on; the smoke run
 * (`--smoke`, used by `npm test`) only proves every section still produces figures.
 */
export interface BenchConfig {
  smoke: boolean;
  /** Build directory, relative to the repository root (NEXT_DIST_DIR). */
  distDir: string;
  /** Use the build already in `distDir` when there is one, instead of building again. */
  reuseBuild: boolean;
  /** Targets of the large portal; undefined = the unpadded demo portal. */
  largeTargets: number | undefined;
  /** get-one and list samples per series (cache miss, cache hit, direct). */
  latencySamples: number;
  /** Time between latency samples, keeping both Goalboard and the direct calls under the portal's 10-second limit. */
  latencySpacingMs: number;
  /** Identical requests sent at once to prove coalescing. */
  concurrent: number;
  load: { connections: number; durationSeconds: number };
  lighthouse: { runs: number; presets: Preset[]; allPages: boolean };
  /** Page loads and filter runs per browser figure (median reported). */
  browserRuns: number;
  /** Sections to run (1-7); all by default. */
  only: Set<number>;
}

export type Preset = "desktop" | "mobile";

type Settings = Omit<BenchConfig, "distDir" | "reuseBuild" | "only">;

const FULL: Settings = {
  smoke: false,
  largeTargets: 10_000,
  latencySamples: 100,
  latencySpacingMs: 300,
  concurrent: 50,
  load: { connections: 200, durationSeconds: 30 },
  // Nine: the simulated LCP is bimodal here (see bench/README.md), and with five runs the same build
  // measured twice an hour apart gave the timeline 1.32 × and 1.02 × the bare page.
  lighthouse: { runs: 9, presets: ["desktop", "mobile"], allPages: true },
  browserRuns: 3,
};

const SMOKE: Settings = {
  smoke: true,
  largeTargets: undefined,
  latencySamples: 5,
  latencySpacingMs: 100,
  concurrent: 50,
  load: { connections: 20, durationSeconds: 2 },
  lighthouse: { runs: 1, presets: ["desktop"], allPages: false },
  browserRuns: 1,
};

const USAGE = `npm run bench -- [--smoke] [--dist-dir DIR] [--reuse-build] [--targets N]
  --smoke        tiny portal, a few seconds per section, one Lighthouse run (what npm test runs)
  --dist-dir     build directory (default .next-bench)
  --reuse-build  use the build in --dist-dir if it exists instead of building again
  --targets N    size of the large portal (default 10000)
  --only 1,2     run only these sections (figures needing another section's baseline show n/a)`;

export function parseArgs(argv: readonly string[]): BenchConfig {
  const smoke = argv.includes("--smoke");
  const config: BenchConfig = { ...(smoke ? SMOKE : FULL), distDir: ".next-bench", reuseBuild: false, only: new Set([1, 2, 3, 4, 5, 6, 7]) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--smoke") continue;
    else if (arg === "--reuse-build") config.reuseBuild = true;
    else if (arg === "--dist-dir" && argv[i + 1]) config.distDir = argv[++i];
    else if (arg === "--targets" && /^\d+$/.test(argv[i + 1] ?? "")) config.largeTargets = Number(argv[++i]);
    else if (arg === "--only" && /^[1-7](,[1-7])*$/.test(argv[i + 1] ?? "")) config.only = new Set(argv[++i].split(",").map(Number));
    else {
      console.error(`Unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return config;
}
