import { apiRoute } from "@/lib/api/handler";
import { goalId } from "@/lib/api/schemas";
import { goalFamily } from "@/lib/server/goal-family";

/** Get one goal: every target of one goal family. */
export const GET = apiRoute({
  params: { goalId },
  handle: ({ portal, params }) => goalFamily(portal, params.goalId),
});
