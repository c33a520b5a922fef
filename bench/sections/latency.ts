import { GOAL_TARGET_PROPERTIES } from "../../lib/hubspot/properties";
import { app, direct, timedFetch, type IdPool, type SectionContext, type Timed } from "../context";
import { targets, type Row } from "../rows";
import { percentile, sleep } from "../stats";

interface Series {
  direct: number[];
  miss: number[];
  hit: number[];
  /** The same route asked without a session: Next.js answering 401 with no Goalboard work done. */
  floor: number[];
  failures: string[];
}

const emptySeries = (): Series => ({ direct: [], miss: [], hit: [], floor: [], failures: [] });

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
      const query = new URLSearchParams({ properties: GOAL_TARGET_PROPERTIES.join(",") });
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

function record(into: number[], failures: string[], what: string, res: Timed, expected = 200): void {
  if (res.status === expected) into.push(res.ms);
  else failures.push(`${what} ${res.status}`);
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
    if (i % 2 === 0) {
      record(scratch.direct, scratch.failures, "direct", await direct(ctx, paths.upstream));
      record(scratch.miss, scratch.failures, "miss", await app(ctx, paths.app));
    } else {
      record(scratch.miss, scratch.failures, "miss", await app(ctx, paths.app));
      record(scratch.direct, scratch.failures, "direct", await direct(ctx, paths.upstream));
    }
    record(scratch.hit, scratch.failures, "hit", await app(ctx, paths.app));
    record(scratch.floor, scratch.failures, "floor", await timedFetch(`${ctx.stack.appUrl}${paths.app}`), 401);
    await sleep(Math.max(0, started + ctx.config.latencySpacingMs - Date.now()));
  }
  return series;
}

const fmt = (ms: number | null) => (ms === null || Number.isNaN(ms) ? "n/a" : `${ms.toFixed(1)} ms`);

function rowsFor(probe: string, s: Series): Row[] {
  const p = (values: number[], q: number) => (values.length ? percentile(values, q) : null);
  const failures = s.failures.length ? `${s.failures.length} non-200 answers (${[...new Set(s.failures)].join(", ")}); ` : "";
  const row = (measure: string, value: number | null, base: number | null, q: number, target?: Row["target"], note?: string): Row => ({
    section: 2,
    measure,
    value,
    unit: "ms",
    baseline: { label: `direct to the emulator, p${q}`, value: base },
    target,
    note: `${failures}${note ?? ""}` || undefined,
  });
  const [direct, floor, miss, hit] = [s.direct, s.floor, s.miss, s.hit].map((v) => p(v, 50));
  const known = direct !== null && floor !== null && miss !== null && hit !== null;
  // What Goalboard's own code adds to a miss: everything but the upstream call and the framework floor.
  const ownMiss = known ? miss - direct - floor : null;
  return [
    row(`${probe}, Next.js floor (same route, no session: 401, no Goalboard work), p50`, floor, direct, 50, undefined, "what any request to this server costs"),
    row(
      `${probe}, cache miss, p50`,
      miss,
      direct,
      50,
      targets.atMostBaselinePlus(5),
      known ? `overhead ${fmt(miss - direct)}: Next.js floor ${fmt(floor)}, Goalboard's own ${fmt(ownMiss)}` : undefined,
    ),
    {
      ...row(`${probe}, cache miss, Goalboard's own overhead (miss − direct − floor), p50`, ownMiss, 0, 50, undefined, "proposed target, bench/README.md"),
      baseline: { label: "nothing added", value: 0 },
      target: { text: "≤ 5 ms (proposed)", relative: false, met: (v) => v <= 5 },
    },
    row(`${probe}, cache miss, p95`, p(s.miss, 95), p(s.direct, 95), 95),
    row(
      `${probe}, cache hit, p50`,
      hit,
      direct,
      50,
      targets.atMostTimesBaseline(0.5),
      known ? `floor ${fmt(floor)}, Goalboard's own ${fmt(hit - floor)}; met whenever the upstream answer takes ≥ ${fmt(2 * hit)}` : undefined,
    ),
    row(`${probe}, cache hit, p95`, p(s.hit, 95), p(s.direct, 95), 95),
  ];
}

/** Section 2: latency through Goalboard's API, cache miss and hit, against the same call made straight. */
export async function latency(ctx: SectionContext, ids: IdPool): Promise<{ rows: Row[]; raw: Record<string, Series> }> {
  const raw: Record<string, Series> = {};
  const rows: Row[] = [];
  for (const probe of PROBES) {
    raw[probe.name] = await measure(ctx, ids, probe, ctx.config.latencySamples, ctx.config.smoke ? 1 : 5);
    rows.push(...rowsFor(probe.name, raw[probe.name]));
  }
  return { rows, raw };
}
