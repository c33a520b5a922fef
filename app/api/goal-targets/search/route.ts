import { apiRoute } from "@/lib/api/handler";
import type { SearchResponse } from "@/lib/contracts/goals";
import { SEARCH_BODY_MAX_BYTES, searchBody } from "@/lib/api/schemas";
import { searchGoalTargets } from "@/lib/hubspot";

/** Search goal targets with HubSpot's filters, one page at a time. */
export const POST = apiRoute({
  body: searchBody,
  maxBodyBytes: SEARCH_BODY_MAX_BYTES,
  handle: async ({ portal, body: input }): Promise<SearchResponse> => {
    const page = await searchGoalTargets(portal, {
      filterGroups: input.filterGroups,
      sorts: input.sort ? [input.sort] : undefined,
      query: input.query,
      properties: input.properties,
      limit: input.limit,
      after: input.after,
    });
    return { portalId: portal.portalId, total: page.total, results: page.results, nextAfter: page.paging?.next?.after ?? null };
  },
});
