import { hubspotError, resourceNotFound } from "../http/errors";
import { json, type Reply } from "../http/reply";
import type { ApiContext, ApiRoute } from "../routing/context";

/** Object type ids HubSpot accepts in place of the names. */
const OBJECT_TYPES: Record<string, string> = { deals: "deals", "0-3": "deals", tickets: "tickets", "0-5": "tickets" };

function pipelinesOf(ctx: ApiContext) {
  const type = OBJECT_TYPES[ctx.params.objectType.toLowerCase()];
  return type === undefined ? undefined : ctx.portal.pipelines[type] ?? [];
}

const unknownType = (ctx: ApiContext) => hubspotError(400, ctx.correlationId, "VALIDATION_ERROR", `Unable to infer object type from: ${ctx.params.objectType}`);

async function listPipelines(ctx: ApiContext): Promise<Reply> {
  const pipelines = pipelinesOf(ctx);
  if (!pipelines) return unknownType(ctx);
  return json(200, { results: [...pipelines].sort((a, b) => a.displayOrder - b.displayOrder) });
}

function onePipeline(ctx: ApiContext): Reply | { found: NonNullable<ReturnType<typeof pipelinesOf>>[number] } {
  const pipelines = pipelinesOf(ctx);
  if (!pipelines) return unknownType(ctx);
  const found = pipelines.find((p) => p.id === ctx.params.pipelineId);
  return found ? { found } : resourceNotFound(ctx.correlationId, `Unable to find pipeline ${ctx.params.pipelineId}`);
}

async function getPipeline(ctx: ApiContext): Promise<Reply> {
  const result = onePipeline(ctx);
  return "found" in result ? json(200, result.found) : result;
}

async function listStages(ctx: ApiContext): Promise<Reply> {
  const result = onePipeline(ctx);
  return "found" in result ? json(200, { results: result.found.stages }) : result;
}

// HubSpot accepts any one of many scopes here, the goals scope among them; every Goalboard grant has it.
const READ = "crm.objects.goals.read";
const BASE = String.raw`^/crm/(?:v3/pipelines|pipelines/2026-03)/(?<objectType>[^/]+)`;

export const pipelineRoutes: ApiRoute[] = [
  { auth: "bearer", method: "GET", pattern: new RegExp(`${BASE}$`), operation: "pipelines.list", scope: READ, limit: "standard", handle: listPipelines },
  { auth: "bearer", method: "GET", pattern: new RegExp(`${BASE}/(?<pipelineId>[^/]+)$`), operation: "pipelines.get", scope: READ, limit: "standard", handle: getPipeline },
  { auth: "bearer", method: "GET", pattern: new RegExp(`${BASE}/(?<pipelineId>[^/]+)/stages$`), operation: "pipelines.stages", scope: READ, limit: "standard", handle: listStages },
];
