import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { propertiesQuery, targetId } from "@/lib/api/schemas";
import { goalTarget } from "@/lib/server/goal-target";

/** Get one goal target by HubSpot id, with every property Goalboard knows (or those asked for). */
export const GET = apiRoute({
  input: (req, params: { targetId: string }) => ({
    id: parseInput(targetId, params.targetId),
    properties: parseInput(propertiesQuery, queryObject(req, ["properties"])).properties,
  }),
  handle: ({ portal, input }) => goalTarget(portal, input.id, input.properties),
});
