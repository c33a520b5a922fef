import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject, readJsonBody } from "@/lib/api/input";
import { dryRunBody, PLAN_BODY_MAX_BYTES } from "@/lib/api/plan-schemas";
import { emptyQuery, goalId } from "@/lib/api/schemas";
import { dryRunOf, review } from "@/lib/server/plan/review";

/** What applying these changes would do, checked against HubSpot now. Writes nothing. */
export const POST = apiRoute({
  input: async (req, params: { goalId: string }) => {
    parseInput(emptyQuery, queryObject(req));
    const id = parseInput(goalId, params.goalId);
    return { goalId: id, ...parseInput(dryRunBody, await readJsonBody(req, PLAN_BODY_MAX_BYTES)) };
  },
  handle: async ({ portal, input }) => dryRunOf(await review(portal, input.goalId, input.changes)),
});
