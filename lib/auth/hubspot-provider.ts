import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { serverEnv } from "@/lib/env";
import { type HubSpotProfile, introspectAccessToken, oauthUrl } from "./oauth-api";
import { OPTIONAL_SCOPES, REQUIRED_SCOPES } from "./scopes";

export type { HubSpotProfile } from "./oauth-api";

/**
 * HubSpot is not an OpenID provider: there is no userinfo endpoint, so the profile comes from token
 * introspection, which is also the only place that names the user's email and the portal's domain.
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
    token: oauthUrl("token"),
    // HubSpot reads client credentials from the form body, not from Basic auth.
    client: { token_endpoint_auth_method: "client_secret_post" },
    checks: ["state"],
    userinfo: {
      url: oauthUrl("token/introspect"),
      async request({ tokens }) {
        if (tokens.token_use !== undefined && tokens.token_use !== "access_token") throw new Error("HubSpot's token answer is not an access token");
        const profile = await introspectAccessToken(tokens.access_token ?? "");
        // The token answer names the portal too: both must agree.
        if (tokens.hub_id !== undefined && Number(tokens.hub_id) !== profile.hub_id) throw new Error("HubSpot's token answer and introspection name different portals");
        // next-auth types this as its generic Profile; `profile()` below receives exactly this value.
        return profile as unknown as Record<string, unknown>;
      },
    },
    profile(profile) {
      return { id: `${profile.hub_id}:${profile.user_id}`, email: profile.user, name: profile.user };
    },
  };
}
