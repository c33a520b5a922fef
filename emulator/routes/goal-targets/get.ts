import { objectNotFound, validationError } from "../../http/errors";
import { booleanParam, listParam } from "../../http/query";
import { json, type Reply } from "../../http/reply";
import { lookupTarget } from "../../goals/lookup";
import { responseProperties, toWire } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";

export async function getTarget(ctx: ApiContext): Promise<Reply> {
  const params = ctx.url.searchParams;
  const id = ctx.params.id;
  const lookup = lookupTarget(ctx.portal.targets, id, params.get("idProperty") ?? undefined, booleanParam(params, "archived"));
  if ("invalid" in lookup) return validationError(ctx.correlationId, lookup.invalid);
  if ("missing" in lookup) return objectNotFound(ctx.correlationId, id);
  return json(200, toWire(lookup.found, responseProperties(listParam(params, "properties")), listParam(params, "propertiesWithHistory")));
}
