import { validationError } from "./errors";
import { intParam } from "./query";
import { json, type Reply } from "./reply";
import type { RequestContext } from "../routing/context";

/**
 * Offset-cursor paging for the small directory lists (owners, users): `after` is the position of the
 * next item, and `paging.next.link` points at the next page on the emulator itself.
 */
export function offsetPage<T>(ctx: RequestContext, items: T[], defaultLimit: number, maxLimit: number): Reply {
  const params = ctx.url.searchParams;
  const limit = intParam(params, "limit", defaultLimit);
  if (!limit.ok || limit.value < 1) {
    return validationError(ctx.correlationId, `Invalid value for limit: ${params.get("limit")}. It must be a positive integer.`);
  }
  const after = params.get("after");
  if (after !== null && after !== "" && !/^\d+$/.test(after)) {
    return validationError(ctx.correlationId, `Invalid value for after: ${after}. Use paging.next.after from a previous page.`);
  }
  const start = Number(after || 0);
  const end = start + Math.min(limit.value, maxLimit);
  const body: Record<string, unknown> = { results: items.slice(start, end) };
  if (end < items.length) {
    const link = new URL(ctx.url.pathname, ctx.baseUrl);
    for (const [key, value] of params) if (key !== "after") link.searchParams.append(key, value);
    link.searchParams.set("after", String(end));
    body.paging = { next: { after: String(end), link: link.toString() } };
  }
  return json(200, body);
}
