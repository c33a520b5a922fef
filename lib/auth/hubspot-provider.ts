import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { serverEnv } from "@/lib/env";
import { OPTIONAL_SCOPES, REQUIRED_SCOPES } from "./scopes";

/** What HubSpot's token introspection says about the person who signed in. */
const introspection = z.object({
  user: z.string(),
  user_id: z.coerce.number(),
  hub_id: z.coerce.number(),
  hub_domain: z.string().optional(),
  scopes: z.array(z.string()).default([]),
});
export type HubSpotProfile = z.infer<typeof introspection>;

export function tokenEndpoint(): string {
  return `${serverEnv().HUBSPOT_API_BASE}/oauth/v1/token`;
}

/**
 * HubSpot is not an OpenID provider: there is no userinfo endpoint, so the profile comes from token
 * introspection, which is also the only place that names the portal (hub id) the user picked.
 */
export function hubspotProvider(): OAuthConfig<HubSpotProfile> {
  const env = serverEnv();
  return {
    id: "hubspot",
    name: "HubSpot",
    type: "oauth",
    clientId: env.HUBSPOT_CLIENT_ID,
    clientSecret: env.HUBSPOT_CLIENT_SECRET,
    authorization: {
      url: env.HUBSPOT_AUTHORIZE_URL,
      params: { scope: REQUIRED_SCOPES.join(" "), optional_scope: OPTIONAL_SCOPES.join(" ") },
    },
    token: tokenEndpoint(),
    // HubSpot reads client credentials from the form body, not from Basic auth.
    client: { token_endpoint_auth_method: "client_secret_post" },
    checks: ["state"],
    userinfo: {
      url: `${env.HUBSPOT_API_BASE}/oauth/v1/access-tokens`,
      async request({ tokens }) {
        const token = tokens.access_token ?? "";
        const res = await fetch(`${env.HUBSPOT_API_BASE}/oauth/v1/access-tokens/${encodeURIComponent(token)}`, {
          signal: AbortSignal.timeout(env.HUBSPOT_TIMEOUT_MS),
        });
        if (!res.ok) throw new Error(`HubSpot token introspection failed with ${res.status}`);
        // next-auth types this as its generic Profile; `profile()` below receives exactly this value.
        return introspection.parse(await res.json()) as unknown as Record<string, unknown>;
      },
    },
    profile(profile) {
      return { id: `${profile.hub_id}:${profile.user_id}`, email: profile.user, name: profile.user };
    },
  };
}
