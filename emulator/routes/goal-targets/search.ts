import { validationError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { json, type Reply } from "../../http/reply";
import { checkSearchLimits } from "../../goals/search/limits";
import { runSearch } from "../../goals/search/run";
import { searchRequestSchema } from "../../goals/search/schema";
import { responseProperties, toWire } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";

/** POST goal_targets/search: `{ total, results, paging? }`, whose `next` has an offset and no link. */
export async function searchTargets(ctx: ApiContext): Promise<Reply> {
  const parsed = await jsonBody(ctx, searchRequestSchema);
  if (!parsed.ok) return parsed.reply;
  const refused = checkSearchLimits(parsed.value);
  if (refused) return validationError(ctx.correlationId, refused);
  const outcome = runSearch(ctx.portal.targets, parsed.value);
  if (!outcome.ok) return validationError(ctx.correlationId, outcome.message);
  const names = responseProperties(parsed.value.properties);
  const body: Record<string, unknown> = { total: outcome.total, results: outcome.page.map((record) => toWire(record, names)) };
  if (outcome.nextAfter !== undefined) body.paging = { next: { after: outcome.nextAfter } };
  return json(200, body);
}
