import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { safeCallbackPath } from "./callback-path";
import { hubspotProvider, type HubSpotProfile } from "./hubspot-provider";
import { sessionState } from "./session";
import { endSession } from "./sign-out";
import { latestGrant } from "./token-manager";

/** Thrown where next-auth reads a session the ledger refuses; next-auth then clears the cookie. */
const SESSION_ENDED = "SESSION_ENDED";

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    providers: [hubspotProvider()],
    // The cookie lives as long as the session may; the ledger ends it sooner (sign-out, idle).
    session: { strategy: "jwt", maxAge: env.SESSION_LIFETIME_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async jwt({ token, account, profile }) {
        if (account && profile) {
          const p = profile as unknown as HubSpotProfile;
          const expiresIn = Number(account.expires_in ?? 1800);
          token.sid = randomUUID();
          token.authTime = Date.now();
          token.portalId = p.hub_id;
          token.hubUserId = p.user_id;
          token.hubDomain = p.hub_domain ?? null;
          token.scopes = p.scopes;
          token.hubspot = {
            accessToken: String(account.access_token),
            refreshToken: String(account.refresh_token),
            expiresIn,
            expiresAt: account.expires_at ? account.expires_at * 1000 : Date.now() + expiresIn * 1000,
          };
          return token;
        }
        // A signed-out, idle or expired session stays ended, even through next-auth's own endpoints.
        if ((await sessionState(token)) !== "active") throw new Error(SESSION_ENDED);
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
    events: {
      signOut: ({ token }) => endSession(token),
    },
    logger: {
      error(code, metadata) {
        // A refused session is expected (a copied cookie, an idle tab); no stack for it.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return log.info("ended session refused by next-auth");
        const message = metadata instanceof Error ? metadata.message : (metadata as { message?: unknown } | undefined)?.message;
        log.error({ code, err: String(message ?? "") }, "next-auth error");
      },
      warn(code) {
        log.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}
