import { apiRoute } from "@/lib/api/handler";
import { propertiesQuery, targetId } from "@/lib/api/schemas";
import { goalTarget } from "@/lib/server/goal-target";

/** Get one goal target by HubSpot id, with every property Goalboard knows (or those asked for). */
export const GET = apiRoute({
  params: { targetId },
  query: propertiesQuery,
  repeatable: ["properties"],
  handle: ({ portal, params, query }) => goalTarget(portal, params.targetId, query.properties),
});
