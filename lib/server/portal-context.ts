import "server-only";
import { accessTokenFor } from "@/lib/auth/token-manager";
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
    accessToken: (rejected) => accessTokenFor(session.grant, rejected),
  };
}
