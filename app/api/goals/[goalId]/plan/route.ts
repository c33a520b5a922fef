import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { emptyQuery, goalId } from "@/lib/api/schemas";
import { loadPlan } from "@/lib/server/plan/load";

/** A goal's plan: every target as HubSpot holds it now, last year's figures, and whether this user may edit. */
export const GET = apiRoute({
  input: (req, params: { goalId: string }) => {
    parseInput(emptyQuery, queryObject(req));
    return parseInput(goalId, params.goalId);
  },
  handle: ({ portal, input }) => loadPlan(portal, input),
});
