import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { portalCache } from "../cache";
import type { Held } from "../cache/types";
import { type PortalContext, sharedLane } from "../context";
import { callHubSpot } from "../http/call";
import { listPage, searchPage, type WireRecord } from "../http/schemas";
import { GOALS_READ, requireScope } from "./scopes";
import { SEARCH_LIMITS, type HubSpotFilter } from "./search-body";

/**
 * The records a running load has received so far, read from both ends of the id space: `low`
 * ascending from the lowest id, `high` descending from the highest. The load keeps adding to both.
 */
export interface Ends {
  low: readonly WireRecord[];
  high: readonly WireRecord[];
}

export interface LoadProgress extends Ends {
  loaded: number;
  /** Known after the first page (search reports a total; the archived list does not). */
  total: number | null;
}

export interface AllTargets {
  records: WireRecord[];
  fetchedAt: string;
  /** How long reading them took (absent in answers an older version stored in Redis). */
  loadMs?: number;
}

const progress = processSingleton("load-progress", () => new Map<string, LoadProgress>());
const progressKey = (portalId: number, scope: string) => `${portalId}|${scope}`;

/** How far a running full load has got ("1,400 of 10,000") and what it has received so far. */
export function loadProgress(portalId: number, archived: boolean): LoadProgress | undefined {
  return progress.get(progressKey(portalId, archived ? "archived" : "live"));
}

const ID = "hs_object_id";

/**
 * Every goal target matching `filters`, in id order, read by HubSpot search from both ends of the
 * id space at once: one reader ascending past the highest id it has (`GT`), one descending below
 * the lowest id the other has (`LT`), until they meet. Paging on ids instead of `after` keeps past
 * search's 10,000-result ceiling. Two readers keep two pages in flight, so a page's round trip
 * overlaps the next one's wait for the search limit; one reader pays both. Against the emulator's
 * HubSpot-like latency (search 160-300 ms), 10,003 targets at 5 searches a second 230 ms apart:
 * one reader 13.4-14.4 s, two 11.8-12.2 s, the floor 10.2 s.
 *
 * Calls stay at ceil(N / 200): the first page goes alone and its total says how many records
 * there are; after it, every page asks for exactly the records nobody has claimed yet (at most
 * 200), counted from the latest answer's total (the records between the bounds it was sent with)
 * less what has arrived since it was sent and what the other reader has in flight.
 */
export async function searchAllPages(
  ctx: PortalContext,
  filters: HubSpotFilter[],
  properties: readonly string[],
  onPage?: (ends: Ends, total: number) => void,
): Promise<WireRecord[]> {
  const low: WireRecord[] = [];
  const high: WireRecord[] = [];
  const inFlight = { low: 0, high: 0 };
  let remaining = 0;
  let failed = false;

  async function page(end: "low" | "high", limit: number): Promise<boolean> {
    const bounds: HubSpotFilter[] = [{ propertyName: ID, operator: "GT", value: low.at(-1)?.id ?? "0" }];
    const below = high.at(-1)?.id;
    if (below) bounds.push({ propertyName: ID, operator: "LT", value: below });
    const arrivedBefore = low.length + high.length;
    inFlight[end] = limit;
    const answer = await callHubSpot(ctx, {
      op: "goal_targets.search",
      method: "POST",
      path: "/crm/v3/objects/goal_targets/search",
      body: {
        filterGroups: [{ filters: [...filters, ...bounds] }],
        sorts: [{ propertyName: ID, direction: end === "low" ? "ASCENDING" : "DESCENDING" }],
        properties,
        limit,
      },
      kind: "search",
      schema: searchPage,
      scope: GOALS_READ,
    });
    inFlight[end] = 0;
    (end === "low" ? low : high).push(...answer.results);
    const arrivedSince = low.length + high.length - arrivedBefore;
    remaining = answer.total - arrivedSince;
    onPage?.({ low, high }, low.length + high.length + remaining);
    // Fewer than asked for: nothing was left between the bounds when HubSpot answered.
    return answer.results.length === limit;
  }

  async function read(end: "low" | "high"): Promise<void> {
    const other = end === "low" ? "high" : "low";
    try {
      for (;;) {
        const limit = Math.min(SEARCH_LIMITS.pageSize, remaining - inFlight[other]);
        if (failed || limit <= 0 || !(await page(end, limit))) return;
      }
    } catch (error) {
      // The load has failed: the other reader stops too instead of spending calls on it.
      failed = true;
      throw error;
    }
  }

  if (await page("low", SEARCH_LIMITS.pageSize)) await Promise.all([read("high"), read("low")]);
  // The readers meet between two records: only a portal changed during the read (records gone
  // that the count promised) can make the high end's last page reach into the low end's.
  const top = Number(low.at(-1)?.id ?? 0);
  return [...low, ...high.filter((record) => Number(record.id) > top).reverse()];
}

/** Archived targets never appear in search, so they come from the list endpoint, 100 a page. */
async function listAllArchived(ctx: PortalContext, properties: readonly string[], onPage: (records: readonly WireRecord[]) => void) {
  const records: WireRecord[] = [];
  let after: string | undefined;
  do {
    const query = new URLSearchParams({ limit: "100", archived: "true", properties: properties.join(",") });
    if (after) query.set("after", after);
    const page = await callHubSpot(ctx, {
      op: "goal_targets.list",
      method: "GET",
      path: "/crm/v3/objects/goal_targets",
      query,
      kind: "standard",
      schema: listPage,
      scope: GOALS_READ,
    });
    records.push(...page.results);
    onPage(records);
    after = page.paging?.next?.after;
  } while (after);
  return records;
}

const ALL_TARGETS = "goal_targets.all";

/** Every goal target of the portal (live, or archived), cached per portal. */
export function loadAllGoalTargets(ctx: PortalContext, archived: boolean, properties: readonly string[]): Promise<AllTargets> {
  requireScope(ctx, GOALS_READ);
  return portalCache().get(ctx.portalId, ALL_TARGETS, { archived, properties }, () => fetchAllTargets(ctx, archived, properties));
}

/**
 * Every live goal target, at most `maxAgeMs` old: one renewal per interval per portal however many
 * ask (the wallboard's refresh), and the last answer with the failure while HubSpot is unreachable.
 * Same cache entry as loadAllGoalTargets.
 */
export function loadAllGoalTargetsWithin(ctx: PortalContext, properties: readonly string[], maxAgeMs: number): Promise<Held<AllTargets>> {
  requireScope(ctx, GOALS_READ);
  return portalCache().getWithin(ctx.portalId, ALL_TARGETS, { archived: false, properties }, maxAgeMs, () => fetchAllTargets(ctx, false, properties));
}

async function fetchAllTargets(ctx: PortalContext, archived: boolean, properties: readonly string[]): Promise<AllTargets> {
  const key = progressKey(ctx.portalId, archived ? "archived" : "live");
  progress.set(key, { loaded: 0, total: null, low: [], high: [] });
  const started = Date.now();
  try {
    const lane = sharedLane(ctx);
    const records = archived
      ? await listAllArchived(lane, properties, (records) => progress.set(key, { loaded: records.length, total: null, low: records, high: [] }))
      : await searchAllPages(lane, [], properties, ({ low, high }, total) => progress.set(key, { loaded: low.length + high.length, total, low, high }));
    return { records, fetchedAt: new Date().toISOString(), loadMs: Date.now() - started };
  } finally {
    progress.delete(key);
  }
}

/** Whether the server holds the portal's targets (fresh, or stale but servable), without loading them. */
export function holdsAllGoalTargets(portalId: number, archived: boolean, properties: readonly string[]): Promise<boolean> {
  return portalCache().has(portalId, ALL_TARGETS, { archived, properties });
}
