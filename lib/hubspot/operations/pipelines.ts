import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { log } from "@/lib/log";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import { callHubSpot } from "../http/call";
import { pipelinesList } from "../http/schemas";
import { GOALS_READ, hasScope, isMissingScope } from "./scopes";

/** CRM object types whose pipelines goals name. */
export type PipelineObjectType = "deals" | "tickets";

/**
 * A portal's pipeline labels by id for one object type, cached per portal. HubSpot accepts any one
 * of many scopes for this read, the goals scope among them. Names are a nicety: a missing scope,
 * an object type HubSpot does not know, or a failed call gives no labels, and the page shows the
 * ids instead, as it does for assignees it cannot name.
 */
export async function loadPipelineLabels(ctx: PortalContext, objectType: PipelineObjectType): Promise<Record<string, string>> {
  if (!hasScope(ctx, GOALS_READ)) return {};
  try {
    return await portalCache().get(ctx.portalId, "pipelines.list", objectType, async () => {
      const answer = await callHubSpot(ctx, {
        op: "pipelines.list",
        method: "GET",
        path: `/crm/v3/pipelines/${objectType}`,
        kind: "standard",
        schema: pipelinesList,
        scope: GOALS_READ,
      });
      return Object.fromEntries(answer.results.map((p) => [p.id, p.label.trim() || p.id]));
    });
  } catch (error) {
    if (!isMissingScope(error) && !(error instanceof AppError && error.code === "NOT_FOUND")) {
      log.warn({ requestId: ctx.requestId, portalId: ctx.portalId, objectType, code: error instanceof AppError ? error.code : "UNKNOWN" }, "pipeline names unavailable; showing ids");
    }
    return {};
  }
}
