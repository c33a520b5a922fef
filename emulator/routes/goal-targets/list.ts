import { validationError } from "../../http/errors";
import { booleanParam, intParam, listParam } from "../../http/query";
import { json, type Reply } from "../../http/reply";
import { responseProperties, toWire } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** HubSpot lowers the page size when history is asked for; by how much is undocumented. */
const MAX_LIMIT_WITH_HISTORY = 50;

/** GET goal_targets: pages in id order; the cursor is the id of the next page's first record. */
export async function listTargets(ctx: ApiContext): Promise<Reply> {
  const params = ctx.url.searchParams;
  const limit = intParam(params, "limit", DEFAULT_LIMIT);
  if (!limit.ok || limit.value < 1) {
    return validationError(ctx.correlationId, `Invalid value for limit: ${params.get("limit")}. It must be a positive integer.`);
  }
  const withHistory = listParam(params, "propertiesWithHistory");
  const pageSize = Math.min(limit.value, withHistory ? MAX_LIMIT_WITH_HISTORY : MAX_LIMIT);
  const after = params.get("after");
  if (after !== null && after !== "" && !/^\d+$/.test(after)) {
    return validationError(ctx.correlationId, `Invalid value for after: ${after}. Use paging.next.after from a previous page.`);
  }
  const records = ctx.portal.targets.select(booleanParam(params, "archived"));
  const start = after ? firstIndexAtOrAfter(records.map((r) => Number(r.id)), Number(after)) : 0;
  const page = records.slice(start, start + pageSize);
  const names = responseProperties(listParam(params, "properties"));
  const next = records[start + pageSize];
  const body: Record<string, unknown> = { results: page.map((record) => toWire(record, names, withHistory)) };
  if (next) {
    const link = new URL(ctx.url.pathname, ctx.baseUrl);
    for (const [key, value] of params) if (key !== "after") link.searchParams.append(key, value);
    link.searchParams.set("after", next.id);
    body.paging = { next: { after: next.id, link: link.toString() } };
  }
  return json(200, body);
}

function firstIndexAtOrAfter(sortedIds: number[], id: number): number {
  let low = 0;
  let high = sortedIds.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sortedIds[mid] < id) low = mid + 1;
    else high = mid;
  }
  return low;
}
