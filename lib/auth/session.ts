import "server-only";
import { cookies } from "next/headers";
import { getToken, type JWT } from "next-auth/jwt";
import { cache } from "react";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import type { HubSpotGrant } from "./grant";
import { sessionLedger, type SessionState } from "./session-ledger";

/** A signed-in user as the server sees them. Only server code ever holds `grant`. */
export interface ServerSession {
  /** Random id of this sign-in, the key of the session ledger. */
  sid: string;
  portalId: number;
  hubUserId: number;
  email: string;
  /** The portal's HubSpot domain, from token introspection (null if HubSpot did not say). */
  hubDomain: string | null;
  scopes: readonly string[];
  grant: HubSpotGrant;
}

function secureCookies(): boolean {
  return serverEnv().NEXTAUTH_URL.startsWith("https://");
}

export function fromJwt(token: JWT | null): ServerSession | null {
  if (!token?.hubspot || !token.portalId || !token.hubUserId || !token.sid) return null;
  return {
    sid: token.sid,
    portalId: token.portalId,
    hubUserId: token.hubUserId,
    email: token.email ?? "",
    hubDomain: token.hubDomain ?? null,
    scopes: token.scopes ?? [],
    grant: token.hubspot,
  };
}

/** When a session ends at the latest, whatever its use: its lifetime after sign-in. */
export function sessionEndsAt(token: Pick<JWT, "authTime">): number {
  return (token.authTime ?? 0) + serverEnv().SESSION_LIFETIME_SECONDS * 1000;
}

/**
 * Whether a session cookie may still be used: within its lifetime, not signed out, not idle past
 * the timeout. Checked on every request, on every instance (the ledger is shared through Redis).
 */
export async function sessionState(token: JWT, now = Date.now()): Promise<SessionState | "expired"> {
  const endsAt = sessionEndsAt(token);
  if (!token.sid || endsAt <= now) return "expired";
  return sessionLedger().check(token.sid, {
    now,
    seenFallback: token.authTime ?? 0,
    idleMs: serverEnv().SESSION_IDLE_SECONDS * 1000,
    keepMs: endsAt - now,
  });
}

/** The session of the current request (server components and route handlers), once per request. */
export const readSession = cache(async (): Promise<ServerSession | null> => {
  const jar = await cookies();
  const token = await getToken({
    // Only the cookie counts: an Authorization header must not be able to stand in for a session.
    req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: serverEnv().NEXTAUTH_SECRET,
    secureCookie: secureCookies(),
  });
  const session = fromJwt(token);
  if (!token || !session) return null;
  const state = await sessionState(token);
  if (state === "active") return session;
  log.info({ portalId: session.portalId, state }, "session refused");
  return null;
});
