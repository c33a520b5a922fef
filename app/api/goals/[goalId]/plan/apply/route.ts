import { apiRoute } from "@/lib/api/handler";
import { applyBody, PLAN_BODY_MAX_BYTES } from "@/lib/api/plan-schemas";
import { goalId } from "@/lib/api/schemas";
import { applyPlan } from "@/lib/server/plan/apply";

/** Writes up to 100 target amounts to HubSpot, skipping any changed there since the grid loaded. */
export const POST = apiRoute({
  params: { goalId },
  body: applyBody,
  maxBodyBytes: PLAN_BODY_MAX_BYTES,
  handle: ({ portal, session, params, body }) => applyPlan(portal, session, { goalId: params.goalId, ...body }),
});
