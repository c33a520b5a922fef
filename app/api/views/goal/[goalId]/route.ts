import { apiRoute } from "@/lib/api/handler";
import { goalId } from "@/lib/api/schemas";
import { goalPageQuery } from "@/lib/api/view-schemas";
import { goalPageAnswer } from "@/lib/server/goal-page";

/** The goal page as it shows one goal for a view state: its figures, chart, rankings, history and periods. */
export const GET = apiRoute({
  params: { goalId },
  query: goalPageQuery,
  handle: ({ portal, params, query }) => goalPageAnswer(portal, params.goalId, query),
});
