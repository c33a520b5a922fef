import { GOAL_TARGET_PROPERTIES } from "../../lib/hubspot/properties";
import { app, direct, type IdPool, type SectionContext, type Timed } from "../context";
import { targets, type Row } from "../rows";
import { percentile, sleep } from "../stats";

interface Series {
  direct: number[];
  miss: number[];
  hit: number[];
  failures: string[];
}

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

function record(into: number[], failures: string[], what: string, res: Timed): void {
  if (res.status === 200) into.push(res.ms);
  else failures.push(`${what} ${res.status}`);
}

/**
 * Every sample takes a key no one has asked for: the direct call, Goalboard's first call (a cache
 * miss) and Goalboard's second call (a hit), interleaved so all three see the same machine load.
 */
async function measure(ctx: SectionContext, ids: IdPool, probe: Probe, samples: number, warmup: number): Promise<Series> {
  const series: Series = { direct: [], miss: [], hit: [], failures: [] };
  for (let i = 0; i < warmup + samples; i++) {
    const started = Date.now();
    const paths = probe.paths(ids);
    const keep = i >= warmup;
    const scratch: Series = keep ? series : { direct: [], miss: [], hit: [], failures: [] };
    // Alternate which goes first, so neither always meets a cold connection or a busy upstream.
    if (i % 2 === 0) {
      record(scratch.direct, scratch.failures, "direct", await direct(ctx, paths.upstream));
      record(scratch.miss, scratch.failures, "miss", await app(ctx, paths.app));
    } else {
      record(scratch.miss, scratch.failures, "miss", await app(ctx, paths.app));
      record(scratch.direct, scratch.failures, "direct", await direct(ctx, paths.upstream));
    }
    record(scratch.hit, scratch.failures, "hit", await app(ctx, paths.app));
    await sleep(Math.max(0, started + ctx.config.latencySpacingMs - Date.now()));
  }
  return series;
}

function rowsFor(probe: string, s: Series): Row[] {
  const p = (values: number[], q: number) => (values.length ? percentile(values, q) : null);
  const note = s.failures.length ? `${s.failures.length} non-200 answers (${[...new Set(s.failures)].join(", ")})` : undefined;
  const row = (measure: string, value: number | null, base: number | null, q: number, target?: Row["target"]): Row => ({
    section: 2,
    measure,
    value,
    unit: "ms",
    baseline: { label: `direct to the emulator, p${q}`, value: base },
    target,
    note,
  });
  return [
    row(`${probe}, cache miss, p50`, p(s.miss, 50), p(s.direct, 50), 50, targets.atMostBaselinePlus(5)),
    row(`${probe}, cache miss, p95`, p(s.miss, 95), p(s.direct, 95), 95),
    row(`${probe}, cache hit, p50`, p(s.hit, 50), p(s.direct, 50), 50, targets.atMostTimesBaseline(0.5)),
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
