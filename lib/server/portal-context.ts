import "server-only";
import { sessionTokens } from "@/lib/auth/token-manager";
import type { ServerSession } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import type { PortalContext } from "@/lib/hubspot";

/** The HubSpot caller for one request: its portal, its user, and the deadline everything must meet. */
export function portalContext(session: ServerSession, requestId: string, deadline = Date.now() + serverEnv().API_DEADLINE_MS): PortalContext {
  return {
    portalId: session.portalId,
    userKey: String(session.hubUserId),
    scopes: session.scopes,
    requestId,
    deadline,
    // The session was checked as the request came in (readSession).
    accessToken: sessionTokens(session.sid, session.grant),
  };
}
