import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject, readJsonBody } from "@/lib/api/input";
import { applyBody, PLAN_BODY_MAX_BYTES } from "@/lib/api/plan-schemas";
import { emptyQuery, goalId } from "@/lib/api/schemas";
import { applyPlan } from "@/lib/server/plan/apply";

/** Writes up to 100 target amounts to HubSpot, skipping any changed there since the grid loaded. */
export const POST = apiRoute({
  input: async (req, params: { goalId: string }) => {
    parseInput(emptyQuery, queryObject(req));
    const id = parseInput(goalId, params.goalId);
    return { goalId: id, ...parseInput(applyBody, await readJsonBody(req, PLAN_BODY_MAX_BYTES)) };
  },
  handle: ({ portal, session, input }) => applyPlan(portal, session, input),
});
