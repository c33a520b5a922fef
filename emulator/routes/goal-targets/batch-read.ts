import { z } from "zod";
import { validationError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { booleanParam } from "../../http/query";
import { json, type Reply } from "../../http/reply";
import { lookupTarget } from "../../goals/lookup";
import { responseProperties, toWire } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";

export const MAX_BATCH = 100;

const idInput = z.object({ id: z.union([z.string(), z.number()]).transform(String) });

const batchReadSchema = z.object({
  inputs: z.array(idInput),
  properties: z.array(z.string()).optional(),
  propertiesWithHistory: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});

export async function batchReadTargets(ctx: ApiContext): Promise<Reply> {
  const startedAt = new Date().toISOString();
  const parsed = await jsonBody(ctx, batchReadSchema);
  if (!parsed.ok) return parsed.reply;
  const { inputs, properties, propertiesWithHistory, idProperty } = parsed.value;
  if (inputs.length > MAX_BATCH) {
    return validationError(ctx.correlationId, `Too many inputs: ${inputs.length}. A batch holds at most ${MAX_BATCH}.`);
  }
  const archived = booleanParam(ctx.url.searchParams, "archived");
  const names = responseProperties(properties);
  const results = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const { id } of inputs) {
    const lookup = lookupTarget(ctx.portal.targets, id, idProperty, archived);
    if ("invalid" in lookup) return validationError(ctx.correlationId, lookup.invalid);
    if ("missing" in lookup) {
      if (!missing.includes(id)) missing.push(id);
      continue;
    }
    if (seen.has(lookup.found.id)) continue;
    seen.add(lookup.found.id);
    results.push(toWire(lookup.found, names, propertiesWithHistory));
  }
  const body: Record<string, unknown> = { status: "COMPLETE", results, startedAt, completedAt: new Date().toISOString() };
  if (missing.length === 0) return json(200, body);
  return json(207, {
    ...body,
    numErrors: 1,
    errors: [
      {
        status: "error",
        category: "OBJECT_NOT_FOUND",
        message: "Could not get some GOAL_TARGET objects, they may be deleted or not exist. Check that ids are valid.",
        context: { ids: missing },
      },
    ],
  });
}
