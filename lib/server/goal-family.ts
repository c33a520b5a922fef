import "server-only";
import type { GoalFamilyResponse, PipelineName } from "@/lib/contracts/goals";
import type { Target } from "@/lib/goals/model";
import { compareIds } from "@/lib/goals/ordering";
import { MODEL_PROPERTIES } from "@/lib/goals/parse-target";
import { goalRememberedMissing, loadGoalFamily, loadPipelineLabels, type PortalContext } from "@/lib/hubspot";
import { metaFor } from "./goals-dataset";
import { toTargets } from "./to-targets";

export async function goalFamily(ctx: PortalContext, goalId: string): Promise<GoalFamilyResponse> {
  // A goal HubSpot just said is missing costs nothing, the names and account around it included.
  if (goalRememberedMissing(ctx.portalId, goalId)) await loadGoalFamily(ctx, goalId, MODEL_PROPERTIES);
  const [records, meta] = await Promise.all([loadGoalFamily(ctx, goalId, MODEL_PROPERTIES), metaFor(ctx)]);
  const { targets, skipped } = toTargets(records, ctx.portalId);
  const pipelines = await pipelineNames(ctx, targets);
  return { ...meta, goalId, targets, pipelines, skipped, fetchedAt: new Date().toISOString() };
}

/** The pipelines the targets name, each looked up among its object type's pipelines (one cached call per type). */
async function pipelineNames(ctx: PortalContext, targets: readonly Target[]): Promise<PipelineName[]> {
  const byId = new Map<string, Target["pipelineObject"]>();
  for (const target of targets) for (const id of target.pipelineIds) if (!byId.has(id) || byId.get(id) === null) byId.set(id, target.pipelineObject);
  const types = [...new Set([...byId.values()].filter((type) => type !== null))];
  const labels = new Map(await Promise.all(types.map(async (type) => [type, await loadPipelineLabels(ctx, type)] as const)));
  return [...byId]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, type]) => ({ id, label: (type && labels.get(type)?.[id]) ?? null }));
}
