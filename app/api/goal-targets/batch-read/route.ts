import { apiRoute } from "@/lib/api/handler";
import { BATCH_BODY_MAX_BYTES, batchReadBody } from "@/lib/api/schemas";
import { batchReadGoalTargets } from "@/lib/hubspot";

/** Read up to 100 goal targets by id. */
export const POST = apiRoute({
  body: batchReadBody,
  maxBodyBytes: BATCH_BODY_MAX_BYTES,
  handle: async ({ portal, body }) => {
    const result = await batchReadGoalTargets(portal, body.ids, body.properties);
    const missing = (result.errors ?? []).flatMap((e) => e.context?.ids ?? []);
    return { portalId: portal.portalId, results: result.results, missingIds: missing };
  },
});
