import { apiRoute } from "@/lib/api/handler";
import { goalId } from "@/lib/api/schemas";
import { loadPlan } from "@/lib/server/plan/load";

/** A goal's plan: every target as HubSpot holds it now, last year's figures, and whether this user may edit. */
export const GET = apiRoute({
  params: { goalId },
  handle: ({ portal, params }) => loadPlan(portal, params.goalId),
});
