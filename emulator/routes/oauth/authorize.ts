import { parseForm } from "../../http/body";
import { html, redirect, type Reply } from "../../http/reply";
import type { OpenRoute, RequestContext } from "../../routing/context";
import { consentPage, errorPage } from "./page";
import { checkAuthorizeRequest, findPortalUser, redirectTo } from "./request";

async function showConsent(ctx: RequestContext): Promise<Reply> {
  const check = checkAuthorizeRequest(ctx.url.searchParams);
  if (!check.ok) return html(400, errorPage(check.problem));
  const preselect = ctx.params.portalId ? Number(ctx.params.portalId) : undefined;
  return html(200, consentPage(check.request, [...ctx.state.portals.values()], preselect));
}

/**
 * The consent form's submission. Fields: client_id, redirect_uri, scope, optional_scope, state,
 * portal_user ("<portalId>:<userId>"), grant_optional (repeated, each a granted optional scope) and
 * action ("grant", the default, or "cancel").
 */
async function submitConsent(ctx: RequestContext): Promise<Reply> {
  const form = parseForm(await ctx.text());
  const check = checkAuthorizeRequest(form);
  if (!check.ok) return html(400, errorPage(check.problem));
  const { request } = check;
  if (form.get("action") === "cancel") {
    return redirect(redirectTo(request.redirectUri, { error: "access_denied", state: request.state }));
  }
  const chosen = findPortalUser(ctx.state.portals, form.get("portal_user"));
  if (!chosen) return html(400, errorPage("Choose an account and user to install the app as (portal_user)."));
  const granted = new Set(form.getAll("grant_optional"));
  const scopes = [...request.scopes, ...request.optionalScopes.filter((scope) => granted.has(scope))];
  const code = ctx.state.tokens.issueCode(
    {
      clientId: request.client.clientId,
      redirectUri: request.redirectUri,
      portalId: chosen.portal.profile.portalId,
      userId: chosen.user.id,
      scopes,
      appId: request.client.appId,
    },
    chosen.portal.profile.dataHostingLocation,
  );
  return redirect(redirectTo(request.redirectUri, { code: code.code, state: request.state }));
}

export const authorizeRoutes: OpenRoute[] = [
  { auth: "none", method: "GET", pattern: /^\/oauth\/authorize$/, handle: showConsent },
  { auth: "none", method: "GET", pattern: /^\/oauth\/(?<portalId>\d+)\/authorize$/, handle: showConsent },
  { auth: "none", method: "POST", pattern: /^\/oauth\/authorize$/, handle: submitConsent },
  { auth: "none", method: "POST", pattern: /^\/oauth\/(?<portalId>\d+)\/authorize$/, handle: submitConsent },
];
