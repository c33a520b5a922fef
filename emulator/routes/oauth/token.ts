import { OAUTH_CLIENTS } from "../../auth/clients";
import { parseForm } from "../../http/body";
import { json, type Reply } from "../../http/reply";
import type { OpenRoute, RequestContext } from "../../routing/context";
import { oauthError } from "./errors";

function region(ctx: RequestContext, portalId: number): string {
  return ctx.state.portals.get(portalId)?.profile.dataHostingLocation ?? "na1";
}

/**
 * POST /oauth/v1/token. The response deliberately has no hub_id: as with HubSpot, an app learns the
 * portal by introspecting the access token.
 */
async function issueToken(ctx: RequestContext): Promise<Reply> {
  const form = parseForm(await ctx.text());
  const grantType = form.get("grant_type");
  const fail = (status: Parameters<typeof oauthError>[1], message: string) => oauthError(ctx.correlationId, status, message);
  if (grantType !== "authorization_code" && grantType !== "refresh_token") {
    return fail("BAD_GRANT_TYPE", `grant_type must be authorization_code or refresh_token, got ${grantType ?? "nothing"}`);
  }
  const client = OAUTH_CLIENTS.get(form.get("client_id") ?? "");
  if (!client) return fail("BAD_CLIENT_ID", "missing or invalid client_id");
  if (form.get("client_secret") !== client.clientSecret) return fail("BAD_CLIENT_SECRET", "missing or invalid client_secret");

  const tokens = ctx.state.tokens;
  if (grantType === "authorization_code") {
    const code = tokens.findCode(form.get("code") ?? "");
    if (!code || code.used || code.clientId !== client.clientId) return fail("BAD_AUTH_CODE", "missing or unknown auth code");
    if (code.expiresAt <= Date.now()) return fail("BAD_AUTH_CODE", "auth code is expired");
    if (form.get("redirect_uri") !== code.redirectUri) return fail("BAD_REDIRECT_URI", "redirect_uri does not match initial auth code URL");
    code.used = true;
    const refresh = tokens.issueRefresh(code, region(ctx, code.portalId));
    const access = tokens.issueAccess(refresh);
    return json(200, { token_type: "bearer", refresh_token: refresh.token, access_token: access.token, expires_in: ctx.state.options.tokenTtlSeconds });
  }

  const refresh = tokens.findRefresh(form.get("refresh_token") ?? "");
  if (!refresh || refresh.revoked || refresh.clientId !== client.clientId) {
    return fail("BAD_REFRESH_TOKEN", "missing or unknown refresh token");
  }
  // HubSpot keeps the refresh token; only the access token is new.
  const access = tokens.issueAccess(refresh);
  return json(200, { token_type: "bearer", refresh_token: refresh.token, access_token: access.token, expires_in: ctx.state.options.tokenTtlSeconds });
}

async function tokenPortal(ctx: RequestContext): Promise<number | undefined> {
  const form = parseForm(await ctx.text());
  const tokens = ctx.state.tokens;
  return tokens.findCode(form.get("code") ?? "")?.portalId ?? tokens.findRefresh(form.get("refresh_token") ?? "")?.portalId;
}

export const tokenRoutes: OpenRoute[] = [
  { auth: "none", method: "POST", pattern: /^\/oauth\/v1\/token$/, operation: "oauth.token", portalOf: tokenPortal, handle: issueToken },
];
