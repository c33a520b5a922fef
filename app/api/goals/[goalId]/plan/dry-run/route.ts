import { apiRoute } from "@/lib/api/handler";
import { dryRunBody, PLAN_BODY_MAX_BYTES } from "@/lib/api/plan-schemas";
import { goalId } from "@/lib/api/schemas";
import { dryRun } from "@/lib/server/plan/review";

/** What applying these changes would do, checked against HubSpot now. Writes nothing. */
export const POST = apiRoute({
  params: { goalId },
  body: dryRunBody,
  maxBodyBytes: PLAN_BODY_MAX_BYTES,
  handle: ({ portal, params, body }) => dryRun(portal, params.goalId, body.changes),
});
