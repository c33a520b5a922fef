import "server-only";
import { AppError } from "@/lib/api/errors";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import { callHubSpot } from "../http";
import { batchResult, listPage, searchPage, wireRecord, type WireRecord } from "../schemas";
import { requireScope } from "../scope-guard";
import type { HubSpotSearchBody } from "./search-body";

const PATH = "/crm/v3/objects/goal_targets";
export const GOALS_READ = "crm.objects.goals.read";

export interface ListPageArgs {
  limit: number;
  after?: string;
  properties: readonly string[];
  archived: boolean;
}

/** One page of HubSpot's goal-target list, as HubSpot pages it. */
export function listGoalTargetsPage(ctx: PortalContext, args: ListPageArgs) {
  requireScope(ctx, GOALS_READ);
  return portalCache().get(ctx.portalId, "goal_targets.list", args, () => {
    const query = new URLSearchParams({ limit: String(args.limit), archived: String(args.archived) });
    if (args.after) query.set("after", args.after);
    if (args.properties.length) query.set("properties", args.properties.join(","));
    return callHubSpot(ctx, { op: "goal_targets.list", method: "GET", path: PATH, query, kind: "standard", schema: listPage, scope: GOALS_READ });
  });
}

function readGoalTarget(ctx: PortalContext, id: string, properties: readonly string[], archived: boolean): Promise<WireRecord> {
  const query = new URLSearchParams();
  if (properties.length) query.set("properties", properties.join(","));
  if (archived) query.set("archived", "true");
  return callHubSpot(ctx, { op: "goal_targets.get", method: "GET", path: `${PATH}/${id}`, query, kind: "standard", schema: wireRecord, scope: GOALS_READ });
}

/**
 * One goal target by HubSpot id, live or archived. HubSpot's read-one finds an archived record only
 * when asked with archived=true (and then only archived ones), and a link to a target does not say
 * which it is: a live miss is asked once more as archived. Both answers share one cache entry.
 */
export function getGoalTarget(ctx: PortalContext, id: string, properties: readonly string[]): Promise<WireRecord> {
  requireScope(ctx, GOALS_READ);
  return portalCache().get(ctx.portalId, "goal_targets.get", { id, properties }, async () => {
    try {
      return await readGoalTarget(ctx, id, properties, false);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
    }
    try {
      return await readGoalTarget(ctx, id, properties, true);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
      throw new AppError("NOT_FOUND", "There is no goal target with this id in your HubSpot portal.", error.extra);
    }
  });
}

export function batchReadGoalTargets(ctx: PortalContext, ids: readonly string[], properties: readonly string[]) {
  requireScope(ctx, GOALS_READ);
  return portalCache().get(ctx.portalId, "goal_targets.batchRead", { ids, properties }, () =>
    callHubSpot(ctx, {
      op: "goal_targets.batchRead",
      method: "POST",
      path: `${PATH}/batch/read`,
      body: { inputs: ids.map((id) => ({ id })), properties, propertiesWithHistory: [] },
      kind: "standard",
      schema: batchResult,
      scope: GOALS_READ,
    }),
  );
}

export function searchGoalTargets(ctx: PortalContext, body: HubSpotSearchBody) {
  requireScope(ctx, GOALS_READ);
  return portalCache().get(ctx.portalId, "goal_targets.search", body, () =>
    callHubSpot(ctx, { op: "goal_targets.search", method: "POST", path: `${PATH}/search`, body, kind: "search", schema: searchPage, scope: GOALS_READ }),
  );
}
