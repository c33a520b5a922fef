import { apiRoute } from "@/lib/api/handler";
import { BATCH_BODY_MAX_BYTES, batchReadBody } from "@/lib/api/schemas";
import { batchReadTargets } from "@/lib/server/target-records";

/** Read up to 100 goal targets by id. */
export const POST = apiRoute({
  body: batchReadBody,
  maxBodyBytes: BATCH_BODY_MAX_BYTES,
  handle: ({ portal, body }) => batchReadTargets(portal, body.ids, body.properties),
});
