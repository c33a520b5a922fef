import type { Grant, RefreshGrant } from "../../auth/tokens";
import { hubspotError } from "../../http/errors";
import { json, noContent, type Reply } from "../../http/reply";
import type { OpenRoute, RequestContext } from "../../routing/context";

function tokenNotFound(ctx: RequestContext, kind: string): Reply {
  return hubspotError(404, ctx.correlationId, "OBJECT_NOT_FOUND", `${kind} token not found`);
}

function identity(ctx: RequestContext, portalId: number, userId: string | null) {
  const portal = ctx.state.portals.get(portalId);
  const user = portal?.directory.users.find((candidate) => candidate.id === userId);
  return { user: user?.email ?? null, hub_domain: portal?.profile.hubDomain ?? null };
}

/** What introspection says of a live access token (v1's fields; the current API adds its own). */
export function accessDetails(ctx: RequestContext, grant: Grant, now: number) {
  return {
    token: grant.token,
    ...identity(ctx, grant.portalId, grant.userId),
    scopes: grant.scopes,
    hub_id: grant.portalId,
    app_id: grant.appId,
    expires_in: Math.floor(((grant.expiresAt ?? now) - now) / 1000),
    user_id: Number(grant.userId),
    token_type: "access",
  };
}

export function refreshDetails(ctx: RequestContext, grant: RefreshGrant) {
  return {
    token: grant.token,
    ...identity(ctx, grant.portalId, grant.userId),
    scopes: grant.scopes,
    hub_id: grant.portalId,
    client_id: grant.clientId,
    user_id: Number(grant.userId),
    token_type: "refresh",
  };
}

/** GET /oauth/v1/access-tokens/{token}: how an app finds out which portal and user it was given. */
async function introspectAccess(ctx: RequestContext): Promise<Reply> {
  const grant = ctx.state.tokens.findAccess(ctx.params.token);
  const now = Date.now();
  if (!grant || grant.kind !== "oauth" || grant.expiresAt === null || grant.expiresAt <= now) return tokenNotFound(ctx, "Access");
  return json(200, accessDetails(ctx, grant, now));
}

async function introspectRefresh(ctx: RequestContext): Promise<Reply> {
  const grant = ctx.state.tokens.findRefresh(ctx.params.token);
  if (!grant || grant.revoked) return tokenNotFound(ctx, "Refresh");
  return json(200, refreshDetails(ctx, grant));
}

/** Revokes the refresh token only; access tokens already issued live until they expire. */
async function revokeRefresh(ctx: RequestContext): Promise<Reply> {
  const grant = ctx.state.tokens.findRefresh(ctx.params.token);
  if (!grant || grant.revoked) return tokenNotFound(ctx, "Refresh");
  grant.revoked = true;
  return noContent();
}

const accessPortal = async (ctx: RequestContext) => ctx.state.tokens.findAccess(ctx.params.token)?.portalId;
const refreshPortal = async (ctx: RequestContext) => ctx.state.tokens.findRefresh(ctx.params.token)?.portalId;

export const introspectionRoutes: OpenRoute[] = [
  { auth: "none", method: "GET", pattern: /^\/oauth\/v1\/access-tokens\/(?<token>[^/]+)$/, operation: "oauth.introspect", portalOf: accessPortal, handle: introspectAccess },
  { auth: "none", method: "GET", pattern: /^\/oauth\/v1\/refresh-tokens\/(?<token>[^/]+)$/, operation: "oauth.refreshToken", portalOf: refreshPortal, handle: introspectRefresh },
  { auth: "none", method: "DELETE", pattern: /^\/oauth\/v1\/refresh-tokens\/(?<token>[^/]+)$/, operation: "oauth.revoke", portalOf: refreshPortal, handle: revokeRefresh },
];
