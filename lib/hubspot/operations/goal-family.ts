import "server-only";
import { AppError } from "@/lib/api/errors";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import type { WireRecord } from "../schemas";
import { requireScope } from "../scope-guard";
import { loadAllGoalTargets, searchAllPages } from "./all-targets";
import { GOALS_READ, getGoalTarget } from "./goal-targets";

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every target of one goal. A goal id is a family uuid, or the id of a target that stands alone.
 * Live families come from search (one call per 200 targets); archived ones are only in the list.
 */
export async function loadGoalFamily(ctx: PortalContext, goalId: string, properties: readonly string[]): Promise<WireRecord[]> {
  requireScope(ctx, GOALS_READ);
  if (/^\d+$/.test(goalId)) return [await getGoalTarget(ctx, goalId, properties)];
  const uuid = goalId.toLowerCase();
  const live = await portalCache().get(ctx.portalId, "goal_targets.family", { uuid, properties }, () =>
    searchAllPages(ctx, [{ propertyName: "hs_group_correlation_uuid", operator: "EQ", value: uuid }], properties),
  );
  if (live.length > 0) return live;
  const archived = await loadAllGoalTargets(ctx, true, properties);
  const family = archived.records.filter((r) => r.properties.hs_group_correlation_uuid?.toLowerCase() === uuid);
  if (family.length === 0) throw new AppError("NOT_FOUND", "There is no goal with this id in your HubSpot portal.");
  return family;
}
