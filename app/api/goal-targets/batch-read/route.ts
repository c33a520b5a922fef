import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject, readJsonBody } from "@/lib/api/input";
import { BATCH_BODY_MAX_BYTES, batchReadBody, emptyQuery } from "@/lib/api/schemas";
import { batchReadGoalTargets } from "@/lib/hubspot";

/** Read up to 100 goal targets by id. */
export const POST = apiRoute({
  input: async (req) => {
    parseInput(emptyQuery, queryObject(req));
    return parseInput(batchReadBody, await readJsonBody(req, BATCH_BODY_MAX_BYTES));
  },
  handle: async ({ portal, input }) => {
    const result = await batchReadGoalTargets(portal, input.ids, input.properties);
    const missing = (result.errors ?? []).flatMap((e) => e.context?.ids ?? []);
    return { portalId: portal.portalId, results: result.results, missingIds: missing };
  },
});
