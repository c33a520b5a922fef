import { MODEL_PROPERTIES } from "../../lib/goals/model-properties";
import { SEARCH_LIMITS } from "../../lib/hubspot/operations/search-body";
import { launchChromium, loadPage, shownAt, signedInContext } from "../chromium";
import { app, direct, type IdPool, type SectionContext } from "../context";
import { splitCalls } from "../emulator-admin";
import { BARE_PAGE, GOAL_LIST, GOAL_LIST_CONTROLS } from "../pages";
import { signIn } from "../sign-in";
import { targets, type Row } from "../rows";
import { median, sleep } from "../stats";

/** HubSpot's search allows 5 requests per second per portal. */
const SEARCHES_PER_SECOND = 5;
/** Direct search pages timed for the floor; paced just above the limit. */
const FLOOR_SAMPLES = 10;
/** A cold load of 100,000 targets takes 500 search pages at 5 a second; leave room for twice that. */
const COLD_TIMEOUT_MS = 300_000;
/** A user of another portal: her pages load the server's code without caching anything of the bench portal. */
const OTHER_PORTAL_USER = "katrin.vogel@contoso-europe.example";

/** One keyset search page straight to the emulator, as the cold load asks for them. */
async function directSearchPage(ctx: SectionContext, afterId: string) {
  return direct(ctx, "/crm/v3/objects/goal_targets/search", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      filterGroups: [{ filters: [{ propertyName: "hs_object_id", operator: "GT", value: afterId }] }],
      sorts: [{ propertyName: "hs_object_id", direction: "ASCENDING" }],
      properties: MODEL_PROPERTIES,
      limit: SEARCH_LIMITS.pageSize,
    }),
  });
}

/**
 * The fastest a cold load can read the portal: keyset pages are read one after the other, at most 5
 * a second, so the last page cannot start before (pages − 1) / 5 s, and takes one page's time. The
 * page time is measured here (median of a few direct pages at the limit's pace, from the start of
 * the portal, where pages are slowest to find).
 */
async function searchLimitFloor(ctx: SectionContext, pages: number): Promise<{ ms: number; pageMs: number[] }> {
  const pageMs: number[] = [];
  let afterId = "0";
  for (let i = 0; i < Math.min(FLOOR_SAMPLES, pages); i++) {
    const started = Date.now();
    const res = await directSearchPage(ctx, afterId);
    if (res.status !== 200) throw new Error(`direct search answered ${res.status}`);
    pageMs.push(res.ms);
    const results = (JSON.parse(res.body) as { results: { id: string }[] }).results;
    afterId = results.at(-1)?.id ?? afterId;
    await sleep(Math.max(0, started + 1000 / SEARCHES_PER_SECOND + 10 - Date.now()));
  }
  return { ms: ((pages - 1) * 1000) / SEARCHES_PER_SECOND + median(pageMs), pageMs };
}

/** Upstream calls of `count` identical requests sent at once, none of them cached before. */
async function concurrentCalls(ctx: SectionContext, path: string, count: number): Promise<{ calls: number; failed: number }> {
  await ctx.admin.resetCalls();
  const answers = await Promise.all(Array.from({ length: count }, () => app(ctx, path)));
  const calls = splitCalls(await ctx.admin.calls(ctx.portalId));
  return { calls: calls.targetList + calls.lookups, failed: answers.filter((a) => a.status !== 200).length };
}

/**
 * Section 1: the goal list opened in a browser on a fresh server (nothing cached), as a user meets
 * it after a deploy: when the first goals show, when the whole list does, and the HubSpot calls it
 * took; then the same page warm, and coalescing of identical requests. Runs first on its stack.
 */
export async function upstreamCalls(ctx: SectionContext, ids: IdPool): Promise<{ rows: Row[]; raw: Record<string, unknown> }> {
  const portal = await ctx.admin.portal(ctx.portalId);
  const dir = await ctx.admin.directorySizes(ctx.portalId);
  const n = portal.targets;
  const minSearch = Math.max(1, Math.ceil(n / SEARCH_LIMITS.pageSize));
  // Owners and users come 100 a page; teams and account details are one call each.
  const minLookups = Math.ceil(Math.max(1, dir.owners) / 100) + Math.ceil(Math.max(1, dir.users) / 100) + 2;

  const browser = await launchChromium();
  let cold: { firstMs: number | null; wholeMs: number | null; calls: ReturnType<typeof splitCalls> };
  let warm: { wholeMs: number | null; calls: ReturnType<typeof splitCalls> };
  const bareMs: number[] = [];
  try {
    // Cold means nothing of the portal cached, as after the cache expired; not a server that has
    // never run the page's code, which only the first visitor after a deploy meets.
    await ctx.stack.restartApp();
    const other = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const otherSession = await signIn(ctx.stack.appUrl, ctx.stack.emulatorUrl, OTHER_PORTAL_USER);
    await other.addCookies(otherSession.cookies.map((c) => ({ ...c, url: ctx.stack.appUrl })));
    for (const watched of [GOAL_LIST, BARE_PAGE]) await (await loadPage(other, ctx.stack.appUrl, watched, 60_000)).page.close();
    await other.close();
    await ctx.admin.resetCalls();
    const context = await signedInContext(ctx, browser);
    const page = await context.newPage();
    await page.goto(`${ctx.stack.appUrl}${GOAL_LIST.path}`, { waitUntil: "commit" });
    const firstMs = await shownAt(page, [GOAL_LIST_CONTROLS.row], { whole: false, timeoutMs: COLD_TIMEOUT_MS });
    const wholeMs = await shownAt(page, GOAL_LIST.shown, { whole: true, timeoutMs: COLD_TIMEOUT_MS });
    cold = { firstMs, wholeMs, calls: splitCalls(await ctx.admin.calls(ctx.portalId)) };
    await page.close();

    await ctx.admin.resetCalls();
    const again = await loadPage(context, ctx.stack.appUrl, GOAL_LIST, 120_000);
    warm = { wholeMs: again.wholeMs, calls: splitCalls(await ctx.admin.calls(ctx.portalId)) };
    await again.page.close();
    for (let i = 0; i < 3; i++) {
      const bare = await loadPage(context, ctx.stack.appUrl, BARE_PAGE, 30_000);
      if (bare.wholeMs !== null) bareMs.push(bare.wholeMs);
      await bare.page.close();
    }
  } finally {
    await browser.close();
  }

  const getOne = await concurrentCalls(ctx, `/api/goal-targets/${ids.take()}`, ctx.config.concurrent);
  const listPage = await concurrentCalls(ctx, `/api/goal-targets?limit=100&after=${ids.take()}`, ctx.config.concurrent);
  const floor = await searchLimitFloor(ctx, minSearch);
  const bare = bareMs.length ? median(bareMs) : null;
  const count = n.toLocaleString("en-US");
  const rateLimited = cold.calls.rateLimited ? `; ${cold.calls.rateLimited} upstream 429s` : "";

  const rows: Row[] = [
    {
      section: 1,
      measure: `Cold ${GOAL_LIST.label} (${count} targets, none cached): first goals on screen`,
      value: cold.firstMs,
      unit: "ms",
      baseline: { label: `${BARE_PAGE.label} (bare page) shown, same browser, p50 of ${bareMs.length}`, value: bare },
      target: targets.atMostTimesBaseline(2),
      note: cold.firstMs === null ? `not shown within ${COLD_TIMEOUT_MS / 1000} s` : undefined,
    },
    {
      section: 1,
      measure: `Cold ${GOAL_LIST.label}: whole list on screen`,
      value: cold.wholeMs,
      unit: "ms",
      baseline: { label: `search-limit floor: (${minSearch} pages − 1) at 5/s + one direct page`, value: floor.ms },
      target: targets.atMostTimesBaseline(1.05),
      note: `direct page p50 ${median(floor.pageMs).toFixed(0)} ms`,
    },
    {
      section: 1,
      measure: "Cold load: target-list calls",
      value: cold.calls.targetList,
      unit: "calls",
      baseline: { label: `minimum ceil(N/${SEARCH_LIMITS.pageSize}) search pages`, value: minSearch },
      target: targets.equalsBaseline("= minimum"),
      note: rateLimited || undefined,
    },
    {
      section: 1,
      measure: "Cold load: look-up calls (owners, users, teams, account)",
      value: cold.calls.lookups,
      unit: "calls",
      baseline: { label: "minimum: one per 100 owners/users, teams, account", value: minLookups },
      target: targets.equalsBaseline("= minimum"),
    },
    {
      section: 1,
      measure: `Warm ${GOAL_LIST.label} (same server, another tab): upstream calls`,
      value: warm.calls.targetList + warm.calls.lookups,
      unit: "calls",
      baseline: { label: "nothing to fetch", value: 0 },
      target: targets.exactly(0),
      note: [
        `${warm.calls.targetList} target-list + ${warm.calls.lookups} look-up calls`,
        cold.wholeMs !== null && cold.wholeMs > 30_000 ? `the cold load took ${Math.round(cold.wholeMs / 1000)} s, past the cache's 30 s freshness` : "",
        warm.wholeMs === null ? "the list did not show within 120 s" : "",
      ]
        .filter(Boolean)
        .join("; "),
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
  ];
  return { rows, raw: { n, minSearch, minLookups, dir, cold, warm, bareMs, floor, getOne, listPage } };
}
