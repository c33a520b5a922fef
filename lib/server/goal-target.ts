import "server-only";
import type { TargetResponse } from "@/lib/contracts/goals";
import { toTarget } from "@/lib/goals/parse-target";
import { getAccount, getGoalTarget, KNOWN_PROPERTIES, notFoundMemo, type PortalContext } from "@/lib/hubspot";

export async function goalTarget(ctx: PortalContext, id: string, properties?: readonly string[]): Promise<TargetResponse> {
  // A target HubSpot just said is missing costs nothing, the account around it included.
  if (notFoundMemo().has(ctx.portalId, "target", id)) await getGoalTarget(ctx, id, properties ?? KNOWN_PROPERTIES);
  const [record, account] = await Promise.all([getGoalTarget(ctx, id, properties ?? KNOWN_PROPERTIES), getAccount(ctx)]);
  let target = null;
  try {
    target = toTarget(record);
  } catch {
    // Shown as raw properties only: the record has no usable period.
  }
  return { portalId: ctx.portalId, record, target, account };
}
