import { authenticate, hasScope } from "../auth/authenticate";
import { missingScopes, rateLimited } from "../http/errors";
import { applyFault, type Outcome } from "../faults/apply";
import type { Lifecycle } from "../lifecycle";
import { rateLimitGroup } from "../limits/group-name";
import type { ApiRoute, OpenRoute, RequestContext } from "./context";

export interface Handled {
  outcome: Outcome;
  /** Whose call this was, for the counters. */
  portal: number | "unknown";
}

const withHeaders = (outcome: Outcome, headers: Record<string, string>): Outcome =>
  outcome.kind === "reply" ? { ...outcome, reply: { ...outcome.reply, headers: { ...headers, ...outcome.reply.headers } } } : outcome;

/**
 * A HubSpot API call: authentication, then the portal's rate budget (a 429 consumes none), then
 * scopes, then any injected fault, then the handler.
 */
export async function handleApiCall(route: ApiRoute, ctx: RequestContext, lifecycle: Lifecycle): Promise<Handled> {
  const auth = authenticate(ctx.req, ctx.state.tokens, ctx.correlationId);
  if (!auth.ok) return { outcome: { kind: "reply", reply: auth.reply }, portal: auth.portalId ?? "unknown" };
  const { grant } = auth;
  const portal = ctx.state.portals.get(grant.portalId);
  if (!portal) return { outcome: { kind: "reply", reply: { status: 500 } }, portal: grant.portalId };
  const limits = { id: grant.portalId, timeZone: portal.profile.timeZone, dailyLimit: portal.profile.dailyLimit };
  const reply = (r: Outcome): Handled => ({ outcome: r, portal: grant.portalId });

  const admission = ctx.state.limiter.admit(limits, route.limit, grant);
  if (!admission.allowed) {
    const group = rateLimitGroup(grant, grant.portalId, admission.policy);
    return reply({ kind: "reply", reply: rateLimited(ctx.correlationId, admission.policy, group, admission.headers) });
  }
  const headers = admission.headers;
  if (!hasScope(grant, route.scope)) {
    return reply({ kind: "reply", reply: { ...missingScopes(ctx.correlationId, [route.scope!]), headers } });
  }
  const apiCtx = { ...ctx, grant, portal };
  const fault = ctx.state.faults.take(grant.portalId, route.operation);
  if (!fault) return reply(withHeaders({ kind: "reply", reply: await route.handle(apiCtx) }, headers));
  const outcome = await applyFault(
    fault,
    {
      correlationId: ctx.correlationId,
      grant,
      portalId: grant.portalId,
      scope: route.scope,
      search: route.limit === "search",
      refund: () => ctx.state.limiter.refund(limits, route.limit, grant),
      headers,
      run: () => route.handle(apiCtx),
    },
    lifecycle,
  );
  return reply(outcome.kind === "reply" && outcome.reply.status === 429 ? outcome : withHeaders(outcome, headers));
}

/** The OAuth API and consent page: no bearer token, but the OAuth calls are counted and can fail on demand. */
export async function handleOpenCall(route: OpenRoute, ctx: RequestContext, lifecycle: Lifecycle): Promise<Handled> {
  const portalId = route.operation ? await route.portalOf?.(ctx) : undefined;
  const portal = portalId ?? "unknown";
  const fault = route.operation ? ctx.state.faults.take(portalId, route.operation) : undefined;
  if (!fault) return { outcome: { kind: "reply", reply: await route.handle(ctx) }, portal };
  const outcome = await applyFault(
    fault,
    {
      correlationId: ctx.correlationId,
      portalId,
      search: false,
      refund: () => ({}),
      headers: {},
      run: () => route.handle(ctx),
    },
    lifecycle,
  );
  return { outcome, portal };
}
