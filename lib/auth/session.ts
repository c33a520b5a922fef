import "server-only";
import { cookies } from "next/headers";
import { getToken, type JWT } from "next-auth/jwt";
import { serverEnv } from "@/lib/env";
import type { HubSpotGrant } from "./grant";

/** A signed-in user as the server sees them. Only server code ever holds `grant`. */
export interface ServerSession {
  portalId: number;
  hubUserId: number;
  email: string;
  scopes: readonly string[];
  grant: HubSpotGrant;
}

function secureCookies(): boolean {
  return serverEnv().NEXTAUTH_URL.startsWith("https://");
}

export function fromJwt(token: JWT | null): ServerSession | null {
  if (!token?.hubspot || !token.portalId || !token.hubUserId) return null;
  return {
    portalId: token.portalId,
    hubUserId: token.hubUserId,
    email: token.email ?? "",
    scopes: token.scopes ?? [],
    grant: token.hubspot,
  };
}

/** The session of the current request (server components and route handlers). */
export async function readSession(): Promise<ServerSession | null> {
  const jar = await cookies();
  const token = await getToken({
    // Only the cookie counts: an Authorization header must not be able to stand in for a session.
    req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: serverEnv().NEXTAUTH_SECRET,
    secureCookie: secureCookies(),
  });
  return fromJwt(token);
}
