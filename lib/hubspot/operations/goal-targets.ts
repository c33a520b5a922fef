import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { serverEnv } from "@/lib/env";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import { callHubSpot } from "../http/call";
import { batchResult, listPage, searchPage, wireRecord, type WireRecord } from "../http/schemas";
import { notFoundMemo } from "../cache/not-found-memo";
import { GOALS_READ, requireScope } from "./scopes";
import { archivedIndex } from "./archived-index";
import type { HubSpotSearchBody } from "./search-body";

const PATH = "/crm/v3/objects/goal_targets";

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

const isNotFound = (error: unknown): error is AppError => error instanceof AppError && error.code === "NOT_FOUND";

const missingTarget = (extra?: AppError["extra"]) => new AppError("NOT_FOUND", "There is no goal target with this id in your HubSpot portal.", extra);

/**
 * One goal target by HubSpot id, live or archived. HubSpot's read-one finds an archived record only
 * when asked with archived=true (and then only archived ones), and a link to a target does not say
 * which it is: a live miss is settled by the portal's archived index (one shared call), so an
 * unknown id costs one call and an archived one two. A miss is remembered for a while, and asking
 * again costs nothing. Found answers share one cache entry.
 */
export function getGoalTarget(ctx: PortalContext, id: string, properties: readonly string[]): Promise<WireRecord> {
  requireScope(ctx, GOALS_READ);
  const memo = notFoundMemo();
  if (memo.has(ctx.portalId, "target", id)) return Promise.reject(missingTarget());
  const remember = () => memo.remember(ctx.portalId, "target", id, serverEnv().NOT_FOUND_TTL_SECONDS * 1000);
  return portalCache().get(ctx.portalId, "goal_targets.get", { id, properties }, async () => {
    try {
      return await readGoalTarget(ctx, id, properties, false);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      if (!(await archivedIndex(ctx)).ids.has(id)) {
        remember();
        throw missingTarget(error.extra);
      }
    }
    try {
      return await readGoalTarget(ctx, id, properties, true);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      remember();
      throw missingTarget(error.extra);
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
