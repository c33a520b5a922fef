import "server-only";
import type { GoalFamilyResponse } from "@/lib/api/contracts";
import { TARGET_PROPERTIES } from "@/lib/goals/parse-target";
import { loadGoalFamily, type PortalContext } from "@/lib/hubspot";
import { goalRememberedMissing } from "@/lib/hubspot/not-found-memo";
import { metaFor } from "./goals-dataset";
import { toTargets } from "./to-targets";

export async function goalFamily(ctx: PortalContext, goalId: string): Promise<GoalFamilyResponse> {
  // A goal HubSpot just said is missing costs nothing, the names and account around it included.
  if (goalRememberedMissing(ctx.portalId, goalId)) await loadGoalFamily(ctx, goalId, TARGET_PROPERTIES);
  const [records, meta] = await Promise.all([loadGoalFamily(ctx, goalId, TARGET_PROPERTIES), metaFor(ctx)]);
  const { targets, skipped } = toTargets(records, ctx.portalId);
  return { ...meta, goalId, targets, skipped, fetchedAt: new Date().toISOString() };
}
