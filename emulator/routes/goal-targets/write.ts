import { z } from "zod";
import { objectNotFound, validationError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { json, noContent, type Reply } from "../../http/reply";
import { sourceOf } from "../../goals/history";
import { lookupTarget } from "../../goals/lookup";
import { responseProperties, toWire } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";
import { MAX_BATCH } from "./batch-read";
import { failureReply } from "./write-errors";
import { checkInput, withCreator } from "./write-input";

const propertiesInput = z.object({
  properties: z.record(z.string(), z.unknown()),
  associations: z.array(z.unknown()).optional(),
});

const batchArchiveInput = z.object({
  inputs: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String) })),
});

/** Write responses carry the properties that were written plus the defaults, like HubSpot's. */
function written(ctx: ApiContext, status: number, recordId: string, names: string[]): Reply {
  const record = ctx.portal.targets.get(recordId)!;
  return json(status, toWire(record, responseProperties(names)));
}

export async function createTarget(ctx: ApiContext): Promise<Reply> {
  const parsed = await jsonBody(ctx, propertiesInput);
  if (!parsed.ok) return parsed.reply;
  const check = checkInput(ctx, undefined, parsed.value.properties);
  if (!check.ok) return failureReply(ctx.correlationId, check.failure);
  const values = withCreator(ctx, check.values);
  const record = ctx.portal.targets.insert(values, new Date(), sourceOf(ctx.grant));
  return written(ctx, 201, record.id, Object.keys(values));
}

export async function updateTarget(ctx: ApiContext): Promise<Reply> {
  const lookup = lookupTarget(ctx.portal.targets, ctx.params.id, ctx.url.searchParams.get("idProperty") ?? undefined, false);
  if ("invalid" in lookup) return validationError(ctx.correlationId, lookup.invalid);
  if ("missing" in lookup) return objectNotFound(ctx.correlationId, ctx.params.id);
  const parsed = await jsonBody(ctx, propertiesInput);
  if (!parsed.ok) return parsed.reply;
  const check = checkInput(ctx, lookup.found, parsed.value.properties);
  if (!check.ok) return failureReply(ctx.correlationId, check.failure);
  ctx.portal.targets.update(lookup.found, check.values, new Date(), sourceOf(ctx.grant));
  return written(ctx, 200, lookup.found.id, Object.keys(check.values));
}

/** Archiving an id that does not exist still answers 204, as HubSpot does. */
export async function archiveTarget(ctx: ApiContext): Promise<Reply> {
  const record = ctx.portal.targets.get(ctx.params.id);
  if (record) ctx.portal.targets.archive(record, new Date());
  return noContent();
}

export async function batchArchiveTargets(ctx: ApiContext): Promise<Reply> {
  const parsed = await jsonBody(ctx, batchArchiveInput);
  if (!parsed.ok) return parsed.reply;
  if (parsed.value.inputs.length > MAX_BATCH) {
    return validationError(ctx.correlationId, `Too many inputs: ${parsed.value.inputs.length}. A batch holds at most ${MAX_BATCH}.`);
  }
  const at = new Date();
  for (const { id } of parsed.value.inputs) {
    const record = ctx.portal.targets.get(id);
    if (record) ctx.portal.targets.archive(record, at);
  }
  return noContent();
}
