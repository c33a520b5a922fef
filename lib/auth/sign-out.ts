import "server-only";
import type { JWT } from "next-auth/jwt";
import { log } from "@/lib/log";
import { grantStore } from "./grant-store";
import { postForm } from "./oauth-api";
import { sessionEndsAt } from "./session";
import { sessionLedger } from "./session-ledger";
import { grantKey } from "./token-manager";

/** Sign-out must not hang on HubSpot: the session ends here whatever HubSpot answers. */
const REVOKE_TIMEOUT_MS = 5_000;

/**
 * Ends a session for real: its id goes on the ledger (every instance refuses the cookie from now
 * on, a copy included), the renewed grant is forgotten, and HubSpot revokes the refresh token, so
 * the grant the cookie carries is worthless even to someone who could open it.
 */
export async function endSession(token: JWT | null): Promise<void> {
  if (!token?.sid) return;
  await sessionLedger().revoke(token.sid, Math.max(1000, sessionEndsAt(token) - Date.now()));
  const refreshToken = token.hubspot?.refreshToken;
  if (!refreshToken) return;
  await grantStore().forget(grantKey(refreshToken));
  try {
    const res = await postForm("token/revoke", { token: refreshToken, token_type_hint: "refresh_token" }, REVOKE_TIMEOUT_MS);
    if (res.ok) log.info({ portalId: token.portalId }, "signed out; HubSpot revoked the refresh token");
    else log.warn({ portalId: token.portalId, status: res.status }, "signed out; HubSpot refused to revoke the refresh token");
  } catch (error) {
    log.warn({ portalId: token.portalId, err: error instanceof Error ? error.message : String(error) }, "signed out; HubSpot could not be reached to revoke the refresh token");
  }
}
