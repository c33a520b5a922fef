import { apiRoute } from "@/lib/api/handler";
import { SEARCH_BODY_MAX_BYTES, searchBody } from "@/lib/api/schemas";
import { searchTargets } from "@/lib/server/target-records";

/** Search goal targets with HubSpot's filters, one page at a time. */
export const POST = apiRoute({
  body: searchBody,
  maxBodyBytes: SEARCH_BODY_MAX_BYTES,
  handle: ({ portal, body }) => searchTargets(portal, body),
});
