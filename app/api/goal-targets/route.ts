import { apiRoute } from "@/lib/api/handler";
import type { TargetPageResponse } from "@/lib/contracts/goals";
import { listQuery } from "@/lib/api/schemas";
import { listGoalTargetsPage } from "@/lib/hubspot";

/** List goal targets: one page, as HubSpot pages them. */
export const GET = apiRoute({
  query: listQuery,
  repeatable: ["properties"],
  handle: async ({ portal, query }): Promise<TargetPageResponse> => {
    const page = await listGoalTargetsPage(portal, query);
    return { portalId: portal.portalId, results: page.results, nextAfter: page.paging?.next?.after ?? null };
  },
});
