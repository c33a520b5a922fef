import "server-only";
import type { NextAuthOptions } from "next-auth";
import { serverEnv } from "@/lib/env";
import { safeCallbackPath } from "./callback-path";
import { hubspotProvider, type HubSpotProfile } from "./hubspot-provider";
import { latestGrant } from "./token-manager";

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    providers: [hubspotProvider()],
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async jwt({ token, account, profile }) {
        if (account && profile) {
          const p = profile as unknown as HubSpotProfile;
          const expiresIn = Number(account.expires_in ?? 1800);
          token.portalId = p.hub_id;
          token.hubUserId = p.user_id;
          token.scopes = p.scopes;
          token.hubspot = {
            accessToken: String(account.access_token),
            refreshToken: String(account.refresh_token),
            expiresIn,
            expiresAt: account.expires_at ? account.expires_at * 1000 : Date.now() + expiresIn * 1000,
          };
          return token;
        }
        // Whenever the cookie is rewritten, carry over a grant renewed by an API request meanwhile.
        if (token.hubspot) token.hubspot = await latestGrant(token.hubspot);
        return token;
      },
      async session({ session, token }) {
        // The browser learns who it is and which portal: never a HubSpot token.
        return {
          expires: session.expires,
          user: { name: token.name ?? null, email: token.email ?? null },
          portalId: token.portalId ?? 0,
        };
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // fall through to the default page
        }
        return `${baseUrl}/goals`;
      },
    },
  };
}
