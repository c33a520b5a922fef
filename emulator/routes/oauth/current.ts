import { parseForm } from "../../http/body";
import { json, type Reply } from "../../http/reply";
import type { OpenRoute, RequestContext } from "../../routing/context";
import { authenticateClient, CURRENT_OAUTH } from "./client";
import { oauthError } from "./errors";
import { accessDetails, refreshDetails } from "./introspect";

/**
 * The current OAuth API's form-based token calls (`/oauth/2026-03/token/introspect` and
 * `/token/revoke`, the same under `/oauth/v3/`): the app authenticates with client_id and
 * client_secret in the body and names the token there, never in the URL.
 */
async function readTokenForm(ctx: RequestContext): Promise<{ token: string; hint: string | null; clientId: string } | { reply: Reply }> {
  const form = parseForm(await ctx.text());
  const authenticated = authenticateClient(form, ctx.correlationId);
  if ("reply" in authenticated) return authenticated;
  const token = form.get("token");
  if (!token) return { reply: oauthError(ctx.correlationId, "BAD_REQUEST", "missing token") };
  return { token, hint: form.get("token_type_hint"), clientId: authenticated.client.clientId };
}

/** RFC 7662 style: an unknown, expired or revoked token is `{ active: false }`, not an error. */
async function introspect(ctx: RequestContext): Promise<Reply> {
  const read = await readTokenForm(ctx);
  if ("reply" in read) return read.reply;
  const now = Date.now();
  const access = () => {
    const grant = ctx.state.tokens.findAccess(read.token);
    if (!grant || grant.kind !== "oauth" || grant.clientId !== read.clientId || grant.expiresAt === null || grant.expiresAt <= now) return undefined;
    return { active: true, token_use: "access_token", ...accessDetails(ctx, grant, now), client_id: grant.clientId };
  };
  const refresh = () => {
    const grant = ctx.state.tokens.findRefresh(read.token);
    if (!grant || grant.revoked || grant.clientId !== read.clientId) return undefined;
    return { active: true, token_use: "refresh_token", ...refreshDetails(ctx, grant) };
  };
  const found = read.hint === "refresh_token" ? (refresh() ?? access()) : (access() ?? refresh());
  return json(200, found ?? { active: false });
}

/** RFC 7009 style: 200 whether or not the token was known, so a revocation can safely be retried. */
async function revoke(ctx: RequestContext): Promise<Reply> {
  const read = await readTokenForm(ctx);
  if ("reply" in read) return read.reply;
  ctx.state.tokens.revoke(read.token);
  return { status: 200 };
}

async function formTokenPortal(ctx: RequestContext): Promise<number | undefined> {
  const token = parseForm(await ctx.text()).get("token") ?? "";
  return ctx.state.tokens.findAccess(token)?.portalId ?? ctx.state.tokens.findRefresh(token)?.portalId;
}

export const currentOAuthRoutes: OpenRoute[] = [
  { auth: "none", method: "POST", pattern: new RegExp(`^/oauth/${CURRENT_OAUTH}/token/introspect$`), operation: "oauth.introspect", portalOf: formTokenPortal, handle: introspect },
  { auth: "none", method: "POST", pattern: new RegExp(`^/oauth/${CURRENT_OAUTH}/token/revoke$`), operation: "oauth.revoke", portalOf: formTokenPortal, handle: revoke },
];
