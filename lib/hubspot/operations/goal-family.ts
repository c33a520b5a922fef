import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { serverEnv } from "@/lib/env";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import type { WireRecord } from "../http/schemas";
import { notFoundMemo } from "../cache/not-found-memo";
import { GOALS_READ, requireScope } from "./scopes";
import { loadAllGoalTargets, searchAllPages } from "./all-targets";
import { archivedIndex } from "./archived-index";
import { getGoalTarget } from "./goal-targets";

/**
 * Every target of one goal. A goal id is a family uuid, or the id of a target that stands alone.
 * Live families come from search (one call per 200 targets); archived ones are only in the list.
 */
export async function loadGoalFamily(ctx: PortalContext, goalId: string, properties: readonly string[]): Promise<WireRecord[]> {
  requireScope(ctx, GOALS_READ);
  if (/^\d+$/.test(goalId)) return [await getGoalTarget(ctx, goalId, properties)];
  const uuid = goalId.toLowerCase();
  const memo = notFoundMemo();
  const missing = () => new AppError("NOT_FOUND", "There is no goal with this id in your HubSpot portal.");
  if (memo.has(ctx.portalId, "goal", uuid)) throw missing();
  const live = await portalCache().get(ctx.portalId, "goal_targets.family", { uuid, properties }, () =>
    searchAllPages(ctx, [{ propertyName: "hs_group_correlation_uuid", operator: "EQ", value: uuid }], properties),
  );
  if (live.length > 0) return live;
  // Only a family the archived index names is worth loading every archived target for.
  const family = (await archivedIndex(ctx)).families.has(uuid)
    ? (await loadAllGoalTargets(ctx, true, properties)).records.filter((r) => r.properties.hs_group_correlation_uuid?.toLowerCase() === uuid)
    : [];
  if (family.length > 0) return family;
  memo.remember(ctx.portalId, "goal", uuid, serverEnv().NOT_FOUND_TTL_SECONDS * 1000);
  throw missing();
}
