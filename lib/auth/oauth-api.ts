import "server-only";
import { z } from "zod";
import { serverEnv } from "@/lib/env";

/**
 * HubSpot's current OAuth API (`/oauth/2026-03`, or `/oauth/v3`; HUBSPOT_OAUTH_PATH): every call
 * is a form POST carrying the app's credentials, and tokens travel in bodies, never in URLs.
 */
export function oauthUrl(call: "token" | "token/introspect" | "token/revoke"): string {
  const env = serverEnv();
  return `${env.HUBSPOT_API_BASE}${env.HUBSPOT_OAUTH_PATH}/${call}`;
}

function clientForm(fields: Record<string, string>): URLSearchParams {
  const env = serverEnv();
  return new URLSearchParams({ client_id: env.HUBSPOT_CLIENT_ID, client_secret: env.HUBSPOT_CLIENT_SECRET, ...fields });
}

export function postForm(call: "token" | "token/introspect" | "token/revoke", fields: Record<string, string>, timeoutMs: number): Promise<Response> {
  return fetch(oauthUrl(call), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: clientForm(fields),
    signal: AbortSignal.timeout(timeoutMs),
    cache: "no-store",
  });
}

/** The token answer (code exchange or refresh). `token_use` is checked where HubSpot sends it. */
export const tokenAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().int().positive(),
  token_use: z.literal("access_token").optional(),
  hub_id: z.coerce.number().int().positive().optional(),
});

/** What introspection says about the person who signed in, and the portal they picked. */
export const introspection = z.object({
  active: z.literal(true),
  token_use: z.literal("access_token"),
  user: z.string(),
  user_id: z.coerce.number(),
  hub_id: z.coerce.number(),
  /** The portal's HubSpot domain (e.g. northwind.hubspot.com): kept in the session to name the portal. */
  hub_domain: z.string().nullable().optional(),
  scopes: z.array(z.string()).default([]),
});
export type HubSpotProfile = z.infer<typeof introspection>;

export async function introspectAccessToken(accessToken: string): Promise<HubSpotProfile> {
  const res = await postForm("token/introspect", { token: accessToken, token_type_hint: "access_token" }, serverEnv().HUBSPOT_TIMEOUT_MS);
  if (!res.ok) throw new Error(`HubSpot token introspection failed with ${res.status}`);
  const parsed = introspection.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new Error("HubSpot token introspection did not describe an active access token");
  return parsed.data;
}
