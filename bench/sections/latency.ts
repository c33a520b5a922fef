import { KNOWN_PROPERTIES } from "../../lib/hubspot/properties";
import { app, direct, timedFetch, type IdPool, type SectionContext, type Timed } from "../context";
import { targets, type Row } from "../rows";
import { LATENCY_PRESETS, type LatencyPreset } from "../../emulator/latency";
import { medianInterval, percentile, sleep } from "../stats";

interface Series {
  direct: number[];
  miss: number[];
  hit: number[];
  /** The same route asked without a session: Next.js answering 401 with no Goalboard work done. */
  floor: number[];
  /** Miss minus direct for the same key, where both answered. */
  paired: number[];
  failures: string[];
}

const emptySeries = (): Series => ({ direct: [], miss: [], hit: [], floor: [], paired: [], failures: [] });

interface Probe {
  name: string;
  /** Goalboard's route for a key nobody asked for yet, and the HubSpot call Goalboard makes for it. */
  paths: (ids: IdPool) => { app: string; upstream: string };
}

const PROBES: Probe[] = [
  {
    name: "get-one",
    paths: (ids) => {
      const id = ids.take();
      const query = new URLSearchParams({ properties: KNOWN_PROPERTIES.join(",") });
      return { app: `/api/goal-targets/${id}`, upstream: `/crm/v3/objects/goal_targets/${id}?${query}` };
    },
  },
  {
    name: "list (100 a page)",
    paths: (ids) => {
      const after = ids.take();
      return { app: `/api/goal-targets?limit=100&after=${after}`, upstream: `/crm/v3/objects/goal_targets?limit=100&archived=false&after=${after}` };
    },
  },
];

function record(into: number[], failures: string[], what: string, res: Timed, expected = 200): boolean {
  if (res.status === expected) into.push(res.ms);
  else failures.push(`${what} ${res.status}`);
  return res.status === expected;
}

/**
 * Every sample takes a key no one has asked for: the direct call, Goalboard's first call (a cache
 * miss) and Goalboard's second call (a hit), interleaved so all three see the same machine load.
 */
async function measure(ctx: SectionContext, ids: IdPool, probe: Probe, samples: number, warmup: number): Promise<Series> {
  const series = emptySeries();
  for (let i = 0; i < warmup + samples; i++) {
    const started = Date.now();
    const paths = probe.paths(ids);
    const keep = i >= warmup;
    const scratch = keep ? series : emptySeries();
    // Alternate which goes first, so neither always meets a cold connection or a busy upstream.
    let straight: Timed;
    let miss: Timed;
    if (i % 2 === 0) {
      straight = await direct(ctx, paths.upstream);
      miss = await app(ctx, paths.app);
    } else {
      miss = await app(ctx, paths.app);
      straight = await direct(ctx, paths.upstream);
    }
    const both = [record(scratch.direct, scratch.failures, "direct", straight), record(scratch.miss, scratch.failures, "miss", miss)];
    if (both.every(Boolean)) scratch.paired.push(miss.ms - straight.ms);
    record(scratch.hit, scratch.failures, "hit", await app(ctx, paths.app));
    record(scratch.floor, scratch.failures, "floor", await timedFetch(`${ctx.stack.appUrl}${paths.app}`), 401);
    await sleep(Math.max(0, started + ctx.config.latencySpacingMs - Date.now()));
  }
  return series;
}

const fmt = (ms: number | null) => (ms === null || Number.isNaN(ms) ? "n/a" : `${ms.toFixed(1)} ms`);

/** An upstream setting the samples are taken at: off (0 ms), or the realistic one. */
interface Setting {
  /** Shown in each row's measure. */
  label: string;
  realistic: boolean;
}

function rowsFor(probe: string, s: Series, setting: Setting): Row[] {
  const p = (values: number[], q: number) => (values.length ? percentile(values, q) : null);
  const failures = s.failures.length ? `${s.failures.length} non-200 answers (${[...new Set(s.failures)].join(", ")}); ` : "";
  const row = (measure: string, value: number | null, base: number | null, q: number, target?: Row["target"], note?: string): Row => ({
    section: 2,
    measure: `${probe}, ${measure} (${setting.label})`,
    value,
    unit: "ms",
    baseline: { label: `direct to the emulator, p${q}`, value: base },
    target,
    note: `${failures}${note ?? ""}` || undefined,
  });
  const [direct, floor, miss, hit] = [s.direct, s.floor, s.miss, s.hit].map((v) => p(v, 50));
  const known = direct !== null && floor !== null && miss !== null && hit !== null;
  if (!setting.realistic) {
    // What Goalboard's own code adds to a miss: everything but the upstream call and the framework floor.
    const ownMiss = known ? miss - direct - floor : null;
    return [
      row("Next.js floor (same route, no session: 401, no Goalboard work), p50", floor, direct, 50, undefined, "what any request to this server costs"),
      row("cache miss, p50", miss, direct, 50, undefined, known ? `overhead ${fmt(miss - direct)}: Next.js floor ${fmt(floor)}, Goalboard's own ${fmt(ownMiss)}` : undefined),
      {
        ...row("cache miss, Goalboard's own share (miss − direct − floor), p50", ownMiss, 0, 50),
        baseline: { label: "nothing added", value: 0 },
        target: { text: "≤ 5 ms", relative: false, met: (v) => v <= 5 },
      },
      row("cache hit, p50", hit, direct, 50, undefined, known ? `floor ${fmt(floor)}, Goalboard's own ${fmt(hit - floor)}` : undefined),
      row("cache hit, p95", p(s.hit, 95), p(s.direct, 95), 95),
    ];
  }
  // Direct and miss each draw their own jitter; the paired differences say how far apart they really are.
  const paired = s.paired;
  const [low, high] = paired.length ? medianInterval(paired) : [Number.NaN, Number.NaN];
  return [
    row(
      "cache miss, p50",
      miss,
      direct,
      50,
      targets.atMostBaselinePlus(5),
      paired.length ? `miss − direct, paired: p50 ${fmt(percentile(paired, 50))} (95% interval ${fmt(low)} to ${fmt(high)})` : undefined,
    ),
    row("cache miss, p95", p(s.miss, 95), p(s.direct, 95), 95),
    row("cache hit, p50", hit, direct, 50, targets.atMostTimesBaseline(0.1)),
    row("cache hit, p95", p(s.hit, 95), p(s.direct, 95), 95),
  ];
}

/**
 * Section 2: latency through Goalboard's API, cache miss and hit, against the same call made
 * straight; first with the emulator answering at once (Goalboard's own costs, to the millisecond),
 * then with HubSpot-like round trips (what a user gains from the cache; the targets).
 */
export async function latency(ctx: SectionContext, ids: IdPool): Promise<{ rows: Row[]; raw: Record<string, Record<string, Series>> }> {
  const raw: Record<string, Record<string, Series>> = {};
  const rows: Row[] = [];
  const { read } = LATENCY_PRESETS[ctx.config.realisticLatency];
  const settings: (Setting & { preset: LatencyPreset })[] = [
    { preset: "off", label: "upstream 0 ms", realistic: false },
    { preset: ctx.config.realisticLatency, label: `upstream "${ctx.config.realisticLatency}": reads ${read.fixedMs} + 0–${read.jitterMs} ms`, realistic: true },
  ];
  try {
    for (const setting of settings) {
      await ctx.admin.setLatency(setting.preset);
      for (const probe of PROBES) {
        const series = await measure(ctx, ids, probe, ctx.config.latencySamples, ctx.config.smoke ? 1 : 5);
        (raw[setting.preset] ??= {})[probe.name] = series;
        rows.push(...rowsFor(probe.name, series, setting));
      }
    }
  } finally {
    await ctx.admin.setLatency("off");
  }
  return { rows, raw };
}
