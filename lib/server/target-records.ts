import "server-only";
import type { BatchReadResponse, SearchResponse, TargetPageResponse } from "@/lib/contracts/goals";
import { batchReadGoalTargets, type HubSpotSearchBody, listGoalTargetsPage, type PortalContext, searchGoalTargets } from "@/lib/hubspot";

/**
 * HubSpot's goal-target records as HubSpot holds them, for the API's public operations (list,
 * batch read, search): the portal's id beside them, and HubSpot's paging as a plain cursor.
 */
export async function goalTargetsPage(ctx: PortalContext, query: { limit: number; after?: string; properties: readonly string[]; archived: boolean }): Promise<TargetPageResponse> {
  const page = await listGoalTargetsPage(ctx, query);
  return { portalId: ctx.portalId, results: page.results, nextAfter: page.paging?.next?.after ?? null };
}

export async function batchReadTargets(ctx: PortalContext, ids: readonly string[], properties: readonly string[]): Promise<BatchReadResponse> {
  const result = await batchReadGoalTargets(ctx, ids, properties);
  const missingIds = (result.errors ?? []).flatMap((e) => e.context?.ids ?? []);
  return { portalId: ctx.portalId, results: result.results, missingIds };
}

export interface SearchInput extends Omit<HubSpotSearchBody, "sorts"> {
  /** One sort, as Goalboard's API takes it; HubSpot's body holds a list. */
  sort?: NonNullable<HubSpotSearchBody["sorts"]>[number];
}

export async function searchTargets(ctx: PortalContext, input: SearchInput): Promise<SearchResponse> {
  const page = await searchGoalTargets(ctx, {
    filterGroups: input.filterGroups,
    sorts: input.sort ? [input.sort] : undefined,
    query: input.query,
    properties: input.properties,
    limit: input.limit,
    after: input.after,
  });
  return { portalId: ctx.portalId, total: page.total, results: page.results, nextAfter: page.paging?.next?.after ?? null };
}
