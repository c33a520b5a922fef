import "server-only";
import type { GoalFamilyResponse } from "@/lib/api/contracts";
import { TARGET_PROPERTIES } from "@/lib/goals/parse-target";
import { loadGoalFamily, type PortalContext } from "@/lib/hubspot";
import { metaFor } from "./goals-dataset";
import { toTargets } from "./to-targets";

export async function goalFamily(ctx: PortalContext, goalId: string): Promise<GoalFamilyResponse> {
  const [records, meta] = await Promise.all([loadGoalFamily(ctx, goalId, TARGET_PROPERTIES), metaFor(ctx)]);
  const { targets, skipped } = toTargets(records, ctx.portalId);
  return { ...meta, goalId, targets, skipped, fetchedAt: new Date().toISOString() };
}
