import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { portalCache } from "../cache";
import type { Held } from "../cache/types";
import { type PortalContext, sharedLane } from "../context";
import { callHubSpot } from "../http/call";
import { listPage, searchPage, type WireRecord } from "../http/schemas";
import { GOALS_READ, requireScope } from "./scopes";
import { SEARCH_LIMITS, type HubSpotFilter } from "./search-body";

export interface LoadProgress {
  loaded: number;
  /** Known after the first page (search reports a total; the archived list does not). */
  total: number | null;
  /** The records received so far, in id order: the array the running load keeps adding to. */
  records: readonly WireRecord[];
}

export interface AllTargets {
  records: WireRecord[];
  fetchedAt: string;
}

const progress = processSingleton("load-progress", () => new Map<string, LoadProgress>());
const progressKey = (portalId: number, scope: string) => `${portalId}|${scope}`;

/** How far a running full load has got ("1,400 of 10,000") and what it has received so far. */
export function loadProgress(portalId: number, archived: boolean): LoadProgress | undefined {
  return progress.get(progressKey(portalId, archived ? "archived" : "live"));
}

/**
 * Every goal target matching `filters`, paged by HubSpot search in id order. Paging on
 * `hs_object_id > last id` instead of `after` keeps past search's 10,000-result ceiling and needs
 * ceil(N / 200) calls, with the total known from the first answer.
 */
export async function searchAllPages(
  ctx: PortalContext,
  filters: HubSpotFilter[],
  properties: readonly string[],
  onPage?: (records: readonly WireRecord[], total: number) => void,
): Promise<WireRecord[]> {
  const records: WireRecord[] = [];
  let lastId = "0";
  for (;;) {
    const page = await callHubSpot(ctx, {
      op: "goal_targets.search",
      method: "POST",
      path: "/crm/v3/objects/goal_targets/search",
      body: {
        filterGroups: [{ filters: [...filters, { propertyName: "hs_object_id", operator: "GT", value: lastId }] }],
        sorts: [{ propertyName: "hs_object_id", direction: "ASCENDING" }],
        properties,
        limit: SEARCH_LIMITS.pageSize,
      },
      kind: "search",
      schema: searchPage,
      scope: GOALS_READ,
    });
    records.push(...page.results);
    const total = records.length - page.results.length + page.total;
    onPage?.(records, total);
    if (page.results.length < SEARCH_LIMITS.pageSize || records.length >= total) return records;
    lastId = page.results[page.results.length - 1].id;
  }
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
  progress.set(key, { loaded: 0, total: null, records: [] });
  try {
    const lane = sharedLane(ctx);
    const records = archived
      ? await listAllArchived(lane, properties, (records) => progress.set(key, { loaded: records.length, total: null, records }))
      : await searchAllPages(lane, [], properties, (records, total) => progress.set(key, { loaded: records.length, total, records }));
    return { records, fetchedAt: new Date().toISOString() };
  } finally {
    progress.delete(key);
  }
}

/** Whether the server holds the portal's targets (fresh, or stale but servable), without loading them. */
export function holdsAllGoalTargets(portalId: number, archived: boolean, properties: readonly string[]): Promise<boolean> {
  return portalCache().has(portalId, ALL_TARGETS, { archived, properties });
}
