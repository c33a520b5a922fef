import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { emptyQuery, goalId } from "@/lib/api/schemas";
import { goalFamily } from "@/lib/server/goal-family";

/** Get one goal: every target of one goal family. */
export const GET = apiRoute({
  input: (req, params: { goalId: string }) => {
    parseInput(emptyQuery, queryObject(req));
    return parseInput(goalId, params.goalId);
  },
  handle: ({ portal, input }) => goalFamily(portal, input),
});
