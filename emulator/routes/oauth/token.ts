import { parseForm } from "../../http/body";
import { json, type Reply } from "../../http/reply";
import type { OpenRoute, RequestContext } from "../../routing/context";
import type { Grant, RefreshGrant } from "../../auth/tokens";
import { authenticateClient, CURRENT_OAUTH } from "./client";
import { oauthError } from "./errors";

type Shape = "v1" | "current";

function region(ctx: RequestContext, portalId: number): string {
  return ctx.state.portals.get(portalId)?.profile.dataHostingLocation ?? "na1";
}

/**
 * The token answer. v1's has no hub_id: an app learns the portal by introspecting the access token.
 * The current API (v3, 2026-03) adds `token_use`, `hub_id`, `user_id` and `scopes`.
 */
function tokenAnswer(ctx: RequestContext, shape: Shape, refresh: RefreshGrant, access: Grant): Reply {
  const base = { token_type: "bearer", refresh_token: refresh.token, access_token: access.token, expires_in: ctx.state.options.tokenTtlSeconds };
  if (shape === "v1") return json(200, base);
  return json(200, { ...base, token_use: "access_token", hub_id: refresh.portalId, user_id: Number(refresh.userId), scopes: refresh.scopes });
}

/** POST /oauth/v1/token, /oauth/v3/token and /oauth/2026-03/token: code exchange and refresh. */
async function issueToken(ctx: RequestContext, shape: Shape): Promise<Reply> {
  const form = parseForm(await ctx.text());
  const grantType = form.get("grant_type");
  const fail = (status: Parameters<typeof oauthError>[1], message: string) => oauthError(ctx.correlationId, status, message);
  if (grantType !== "authorization_code" && grantType !== "refresh_token") {
    return fail("BAD_GRANT_TYPE", `grant_type must be authorization_code or refresh_token, got ${grantType ?? "nothing"}`);
  }
  const authenticated = authenticateClient(form, ctx.correlationId);
  if ("reply" in authenticated) return authenticated.reply;
  const { client } = authenticated;

  const tokens = ctx.state.tokens;
  if (grantType === "authorization_code") {
    const code = tokens.findCode(form.get("code") ?? "");
    if (!code || code.used || code.clientId !== client.clientId) return fail("BAD_AUTH_CODE", "missing or unknown auth code");
    if (code.expiresAt <= Date.now()) return fail("BAD_AUTH_CODE", "auth code is expired");
    if (form.get("redirect_uri") !== code.redirectUri) return fail("BAD_REDIRECT_URI", "redirect_uri does not match initial auth code URL");
    code.used = true;
    const refresh = tokens.issueRefresh(code, region(ctx, code.portalId));
    return tokenAnswer(ctx, shape, refresh, tokens.issueAccess(refresh));
  }

  const refresh = tokens.findRefresh(form.get("refresh_token") ?? "");
  if (!refresh || refresh.revoked || refresh.clientId !== client.clientId) {
    return fail("BAD_REFRESH_TOKEN", "missing or unknown refresh token");
  }
  // HubSpot keeps the refresh token; only the access token is new.
  return tokenAnswer(ctx, shape, refresh, tokens.issueAccess(refresh));
}

async function tokenPortal(ctx: RequestContext): Promise<number | undefined> {
  const form = parseForm(await ctx.text());
  const tokens = ctx.state.tokens;
  return tokens.findCode(form.get("code") ?? "")?.portalId ?? tokens.findRefresh(form.get("refresh_token") ?? "")?.portalId;
}

export const tokenRoutes: OpenRoute[] = [
  { auth: "none", method: "POST", pattern: /^\/oauth\/v1\/token$/, operation: "oauth.token", portalOf: tokenPortal, handle: (ctx) => issueToken(ctx, "v1") },
  { auth: "none", method: "POST", pattern: new RegExp(`^/oauth/${CURRENT_OAUTH}/token$`), operation: "oauth.token", portalOf: tokenPortal, handle: (ctx) => issueToken(ctx, "current") },
];
