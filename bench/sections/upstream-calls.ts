import { TARGET_PROPERTIES } from "../../lib/goals/target-properties";
import { SEARCH_LIMITS } from "../../lib/hubspot/operations/search-body";
import { app, direct, type IdPool, type SectionContext } from "../context";
import { splitCalls } from "../emulator-admin";
import { targets, type Row } from "../rows";
import { sleep } from "../stats";

/** HubSpot's search allows 5 requests per second per portal; the baseline pages at exactly that pace. */
const SEARCH_SPACING_MS = 1000 / 5 + 5;
/** What the goal list does while the server answers "loading". */
const CLIENT_POLL_MS = 700;

export interface UpstreamResult {
  rows: Row[];
  /** Wall time of the same keyset paging done straight against the emulator: the floor for a cold load. */
  directPagingMs: number;
  /** Fewest upstream calls a cold load of the goal list can make. */
  minColdCalls: number;
  raw: Record<string, unknown>;
}

/** Polls `/api/goals` the way the goal list does, until the whole dataset is ready. */
export async function loadGoalsDataset(ctx: SectionContext): Promise<{ ms: number; requests: number; targets: number }> {
  const started = Date.now();
  for (let requests = 1; ; requests++) {
    const res = await app(ctx, "/api/goals");
    if (res.status !== 200) throw new Error(`/api/goals answered ${res.status}: ${res.body.slice(0, 200)}`);
    const body = JSON.parse(res.body) as { status: string; targets?: unknown[] };
    if (body.status === "ready") return { ms: Date.now() - started, requests, targets: body.targets?.length ?? 0 };
    if (Date.now() - started > 180_000) throw new Error("/api/goals was still loading after 3 minutes");
    await sleep(CLIENT_POLL_MS);
  }
}

/** The cold load's upstream calls without Goalboard: keyset search pages at HubSpot's search pace. */
async function directKeysetPaging(ctx: SectionContext): Promise<{ ms: number; pages: number; retried429: number }> {
  const started = Date.now();
  let lastId = "0";
  let pages = 0;
  let retried429 = 0;
  let previous = 0;
  for (;;) {
    await sleep(Math.max(0, previous + SEARCH_SPACING_MS - Date.now()));
    previous = Date.now();
    const res = await direct(ctx, "/crm/v3/objects/goal_targets/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        filterGroups: [{ filters: [{ propertyName: "hs_object_id", operator: "GT", value: lastId }] }],
        sorts: [{ propertyName: "hs_object_id", direction: "ASCENDING" }],
        properties: TARGET_PROPERTIES,
        limit: SEARCH_LIMITS.pageSize,
      }),
    });
    if (res.status === 429) {
      retried429 += 1;
      await sleep(1000);
      continue;
    }
    if (res.status !== 200) throw new Error(`direct search answered ${res.status}`);
    pages += 1;
    const page = JSON.parse(res.body) as { results: { id: string }[] };
    if (page.results.length < SEARCH_LIMITS.pageSize) return { ms: Date.now() - started, pages, retried429 };
    lastId = page.results[page.results.length - 1].id;
  }
}

/** Upstream calls of `count` identical requests sent at once, none of them cached before. */
async function concurrentCalls(ctx: SectionContext, path: string, count: number): Promise<{ calls: number; failed: number }> {
  await ctx.admin.resetCalls();
  const answers = await Promise.all(Array.from({ length: count }, () => app(ctx, path)));
  const calls = splitCalls(await ctx.admin.calls(ctx.portalId));
  return { calls: calls.targetList + calls.lookups, failed: answers.filter((a) => a.status !== 200).length };
}

/**
 * Section 1. Must run first on a freshly started app: the cold load is only cold once.
 */
export async function upstreamCalls(ctx: SectionContext, ids: IdPool): Promise<UpstreamResult> {
  const portal = await ctx.admin.portal(ctx.portalId);
  const dir = await ctx.admin.directorySizes(ctx.portalId);
  const n = portal.targets;
  const minSearch = Math.max(1, Math.ceil(n / SEARCH_LIMITS.pageSize));
  // Owners and users come 100 a page; teams and account details are one call each.
  const minLookups = Math.ceil(Math.max(1, dir.owners) / 100) + Math.ceil(Math.max(1, dir.users) / 100) + 2;

  await ctx.admin.resetCalls();
  const cold = await loadGoalsDataset(ctx);
  const coldCalls = splitCalls(await ctx.admin.calls(ctx.portalId));

  await ctx.admin.resetCalls();
  const warm = await loadGoalsDataset(ctx);
  const warmCalls = splitCalls(await ctx.admin.calls(ctx.portalId));

  const getOne = await concurrentCalls(ctx, `/api/goal-targets/${ids.take()}`, ctx.config.concurrent);
  const listPage = await concurrentCalls(ctx, `/api/goal-targets?limit=100&after=${ids.take()}`, ctx.config.concurrent);

  await ctx.admin.resetCalls();
  const paging = await directKeysetPaging(ctx);

  const rows: Row[] = [
    {
      section: 1,
      measure: `Cold /goals load (${n.toLocaleString("en-US")} targets): target-list calls`,
      value: coldCalls.targetList,
      unit: "calls",
      baseline: { label: `minimum ceil(N/${SEARCH_LIMITS.pageSize}) search pages`, value: minSearch },
      target: targets.equalsBaseline("= minimum"),
    },
    {
      section: 1,
      measure: "Cold /goals load: look-up calls (owners, users, teams, account)",
      value: coldCalls.lookups,
      unit: "calls",
      baseline: { label: "minimum: one per 100 owners/users, teams, account", value: minLookups },
      target: targets.equalsBaseline("= minimum"),
      note: coldCalls.rateLimited ? `${coldCalls.rateLimited} upstream 429s during the cold load` : undefined,
    },
    {
      section: 1,
      measure: "Warm /goals load: upstream calls",
      value: warmCalls.targetList + warmCalls.lookups,
      unit: "calls",
      baseline: { label: "nothing to fetch", value: 0 },
      target: targets.exactly(0),
    },
    {
      section: 1,
      measure: `${ctx.config.concurrent} identical concurrent get-one requests: upstream calls`,
      value: getOne.calls,
      unit: "calls",
      baseline: { label: "one request", value: 1 },
      target: targets.exactly(1),
      note: getOne.failed ? `${getOne.failed} requests failed` : undefined,
    },
    {
      section: 1,
      measure: `${ctx.config.concurrent} identical concurrent list-page requests: upstream calls`,
      value: listPage.calls,
      unit: "calls",
      baseline: { label: "one request", value: 1 },
      target: targets.exactly(1),
      note: listPage.failed ? `${listPage.failed} requests failed` : undefined,
    },
    {
      section: 1,
      measure: "Cold /goals load: time until the API answers ready (polling)",
      value: cold.ms,
      unit: "ms",
      baseline: { label: "same search pages straight to the emulator at 5/s", value: paging.ms },
      note: `${cold.requests} polls`,
    },
  ];
  return { rows, directPagingMs: paging.ms, minColdCalls: minSearch + minLookups, raw: { n, minSearch, minLookups, dir, cold, coldCalls, warm, warmCalls, getOne, listPage, paging } };
}
