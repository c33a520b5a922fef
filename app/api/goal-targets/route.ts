import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import type { TargetPageResponse } from "@/lib/api/contracts";
import { listQuery } from "@/lib/api/schemas";
import { listGoalTargetsPage } from "@/lib/hubspot";

/** List goal targets: one page, as HubSpot pages them. */
export const GET = apiRoute({
  input: (req) => parseInput(listQuery, queryObject(req, ["properties"])),
  handle: async ({ portal, input }): Promise<TargetPageResponse> => {
    const page = await listGoalTargetsPage(portal, input);
    return { portalId: portal.portalId, results: page.results, nextAfter: page.paging?.next?.after ?? null };
  },
});
