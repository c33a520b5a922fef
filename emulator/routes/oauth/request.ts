import { isAllowedRedirect, OAUTH_CLIENTS, type OAuthClient } from "../../auth/clients";
import type { Portal } from "../../state";

/** The parameters of an authorization request, as sent to the consent page and by its form. */
export interface AuthorizeRequest {
  client: OAuthClient;
  redirectUri: string;
  scopes: string[];
  optionalScopes: string[];
  state: string | null;
}

export type AuthorizeCheck = { ok: true; request: AuthorizeRequest } | { ok: false; problem: string };

const SCOPE_NAME = /^[a-z0-9._-]+$/i;

function scopeList(value: string | null): string[] {
  return [...new Set((value ?? "").split(/[\s+]+/).filter(Boolean))];
}

export function checkAuthorizeRequest(params: URLSearchParams): AuthorizeCheck {
  const clientId = params.get("client_id");
  const client = clientId ? OAUTH_CLIENTS.get(clientId) : undefined;
  if (!client) return { ok: false, problem: `Unknown client_id: ${clientId ?? "(missing)"}. No app with this client id is installed.` };
  const redirectUri = params.get("redirect_uri") ?? "";
  if (!isAllowedRedirect(redirectUri)) {
    return { ok: false, problem: `redirect_uri ${redirectUri || "(missing)"} is not allowed: it must be an http(s) URL on 127.0.0.1 or localhost.` };
  }
  const scopes = scopeList(params.get("scope"));
  if (scopes.length === 0) return { ok: false, problem: "The scope parameter is missing: an app must request at least one scope." };
  const optionalScopes = scopeList(params.get("optional_scope")).filter((scope) => !scopes.includes(scope));
  const invalid = [...scopes, ...optionalScopes].find((scope) => !SCOPE_NAME.test(scope));
  if (invalid) return { ok: false, problem: `Invalid scope: ${invalid}` };
  return { ok: true, request: { client, redirectUri, scopes, optionalScopes, state: params.get("state") } };
}

/** Appends parameters to the app's redirect URI, keeping any query it already has. */
export function redirectTo(uri: string, values: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(values)) if (value !== null) url.searchParams.set(key, value);
  return url.toString();
}

/** `portal_user` is "<portalId>:<userId>". */
export function findPortalUser(portals: Map<number, Portal>, value: string | null) {
  const match = /^(\d+):(\d+)$/.exec(value ?? "");
  if (!match) return undefined;
  const portal = portals.get(Number(match[1]));
  const user = portal?.directory.users.find((candidate) => candidate.id === match[2]);
  return portal && user ? { portal, user } : undefined;
}
