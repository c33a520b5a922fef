import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { emptyQuery, targetId } from "@/lib/api/schemas";
import { targetHistory } from "@/lib/server/plan/history";

/** Every value a target's amount has had, who set it and when (HubSpot's property history). */
export const GET = apiRoute({
  input: (req, params: { targetId: string }) => {
    parseInput(emptyQuery, queryObject(req));
    return parseInput(targetId, params.targetId);
  },
  handle: ({ portal, input }) => targetHistory(portal, input),
});
