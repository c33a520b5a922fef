import { app, type IdPool, type SectionContext, type Timed, timedFetch } from "../context";
import { targets, type Row } from "../rows";
import { signIn, type Session } from "../sign-in";
import { percentile, sleep } from "../stats";

/** The colleague whose reads are timed; the bench user is the one flooding. */
const COLLEAGUE = "ava.thompson@northwind-traders.example";
const FLOOD_SIZE = 100;

interface FloodRaw {
  idle: number[];
  flooded: number[];
  failures: string[];
  batches: number;
  answered404: number;
  refused503: number;
  other: number;
  floodGets: number;
}

function read(ctx: SectionContext, session: Session, id: string): Promise<Timed> {
  return timedFetch(`${ctx.stack.appUrl}/api/goal-targets/${id}`, { headers: { cookie: session.header, accept: "application/json" } });
}

/** One colleague read per `spacing` ms, each for a target nobody asked for yet (a cache miss). */
async function sample(ctx: SectionContext, session: Session, ids: IdPool, count: number, into: number[], failures: string[]): Promise<void> {
  const spacing = ctx.config.latencySpacingMs;
  for (let i = 0; i < count; i++) {
    const started = Date.now();
    const res = await read(ctx, session, ids.take());
    if (res.status === 200) into.push(res.ms);
    else failures.push(String(res.status));
    await sleep(Math.max(0, started + spacing - Date.now()));
  }
}

/**
 * Section 7: fairness. Another user's read latency (get-one, cache miss) while the bench user keeps
 * sending a hundred well-formed ids the portal does not have, all at once, batch after batch;
 * against the same reads with nobody flooding, measured just before. Also what the flood costs
 * upstream: one call per id HubSpot was asked about, the rest refused at once.
 */
export async function flood(ctx: SectionContext, ids: IdPool): Promise<{ rows: Row[]; raw: FloodRaw }> {
  const colleague = await signIn(ctx.stack.appUrl, ctx.stack.emulatorUrl, COLLEAGUE);
  const samples = ctx.config.floodSamples;
  const raw: FloodRaw = { idle: [], flooded: [], failures: [], batches: 0, answered404: 0, refused503: 0, other: 0, floodGets: 0 };
  await sample(ctx, colleague, ids, ctx.config.smoke ? 1 : 5, [], []);
  await sample(ctx, colleague, ids, samples, raw.idle, raw.failures);

  await ctx.admin.resetCalls();
  let flooding = true;
  const floodLoop = (async () => {
    while (flooding) {
      const base = 8_100_000_000 + raw.batches * 1000;
      raw.batches += 1;
      const answers = await Promise.all(Array.from({ length: FLOOD_SIZE }, (_, i) => app(ctx, `/api/goal-targets/${base + i}`)));
      for (const a of answers) {
        if (a.status === 404) raw.answered404 += 1;
        else if (a.status === 503) raw.refused503 += 1;
        else raw.other += 1;
      }
    }
  })();
  await sleep(300);
  await sample(ctx, colleague, ids, samples, raw.flooded, raw.failures);
  flooding = false;
  await floodLoop;
  const calls = await ctx.admin.calls(ctx.portalId);
  raw.floodGets = (calls.byRoute["goal_targets.get"] ?? 0) - raw.flooded.length;

  const p = (values: number[], q: number) => (values.length ? percentile(values, q) : null);
  const failures = raw.failures.length ? `${raw.failures.length} colleague reads failed (${[...new Set(raw.failures)].join(", ")}); ` : "";
  const floodNote = `${raw.batches} batches of ${FLOOD_SIZE}: ${raw.answered404} answered 404, ${raw.refused503} refused 503 with Retry-After${raw.other ? `, ${raw.other} other` : ""}`;
  return {
    raw,
    rows: [
      {
        section: 7,
        measure: "another user's get-one (cache miss) while one user floods unknown ids, p50",
        value: p(raw.flooded, 50),
        unit: "ms",
        baseline: { label: "the same reads, nobody flooding, p50", value: p(raw.idle, 50) },
        target: targets.atMostTimesBaseline(2),
        note: `${failures}${floodNote}`,
      },
      {
        section: 7,
        measure: "another user's get-one while one user floods, p95",
        value: p(raw.flooded, 95),
        unit: "ms",
        baseline: { label: "nobody flooding, p95", value: p(raw.idle, 95) },
      },
      {
        section: 7,
        measure: "flood: upstream calls per unknown id HubSpot was asked about",
        value: raw.answered404 ? raw.floodGets / raw.answered404 : null,
        unit: "",
        baseline: { label: "one call (live miss; the archived index is shared)", value: 1 },
        target: targets.exactly(1),
      },
    ],
  };
}
