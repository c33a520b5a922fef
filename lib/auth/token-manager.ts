import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/contracts/errors";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { type HubSpotGrant, needsRefresh } from "./grant";
import { postForm, tokenAnswer } from "./oauth-api";
import { grantStore } from "./grant-store";
import { sessionLedger } from "./session-ledger";

/**
 * In-flight refreshes, one per refresh token, so concurrent requests of one user refresh once
 * (across instances too, when the grant store is shared).
 */
const inflight = processSingleton("refreshes-in-flight", () => new Map<string, Promise<HubSpotGrant>>());

/**
 * Refresh tokens HubSpot refused (revoked, or the app uninstalled), with when: asked again it would
 * refuse again, so every other request of that dead session is answered "sign in again" without a
 * call. Kept in this process for a while, oldest dropped first.
 */
const refused = processSingleton("refused-refresh-tokens", () => new Map<string, number>());
const REFUSED_KEPT_MS = 15 * 60_000;
const MAX_REFUSED = 10_000;

function sessionExpired(): AppError {
  return new AppError("SESSION_EXPIRED", "Your HubSpot sign-in has expired. Please sign in again.");
}

/** The refresh token identifies the user's grant; only its hash is ever used as a key. */
export function grantKey(refreshToken: string): string {
  return createHash("sha256").update(refreshToken).digest("hex");
}

/**
 * The newest grant known for this session: the cookie's, or a fresher one another request of the
 * same user already obtained (the cookie is only rewritten when the browser next asks for its
 * session, so requests in between would otherwise refresh again).
 */
export async function latestGrant(fromCookie: HubSpotGrant): Promise<HubSpotGrant> {
  const stored = await grantStore().get(grantKey(fromCookie.refreshToken));
  return stored && stored.expiresAt > fromCookie.expiresAt ? stored : fromCookie;
}

/**
 * An access token that HubSpot will accept. Pass `rejected` when HubSpot just refused a token
 * (expired early, revoked): if nobody has replaced that token yet, it is refreshed now.
 */
export async function accessTokenFor(fromCookie: HubSpotGrant, rejected?: string): Promise<string> {
  const current = await latestGrant(fromCookie);
  const stale = rejected !== undefined ? current.accessToken === rejected : needsRefresh(current);
  if (!stale) return current.accessToken;
  return (await refreshOnce(current)).accessToken;
}

/**
 * A request's calls follow the session check it began with; work that outlives the request (a
 * portal's load, minutes long) looks again at most this often, so it stops using a token of a
 * session signed out meanwhile (on any instance) within a second.
 */
const SESSION_RECHECK_MS = 1_000;

/**
 * Tokens of one signed-in session (see accessTokenFor), refused with SESSION_EXPIRED once the
 * session is signed out. `checkedAt`: when the session was last found active.
 */
export function sessionTokens(sid: string, grant: HubSpotGrant, checkedAt = Date.now()): (rejected?: string) => Promise<string> {
  return async (rejected) => {
    if (Date.now() - checkedAt > SESSION_RECHECK_MS) {
      if (await sessionLedger().isRevoked(sid)) throw sessionExpired();
      checkedAt = Date.now();
    }
    return accessTokenFor(grant, rejected);
  };
}

function refreshOnce(grant: HubSpotGrant): Promise<HubSpotGrant> {
  const key = grantKey(grant.refreshToken);
  const running = inflight.get(key);
  if (running) return running;
  const refusedAt = refused.get(key);
  if (refusedAt !== undefined && Date.now() - refusedAt < REFUSED_KEPT_MS) return Promise.reject(sessionExpired());
  const started = grantStore()
    .renewOnce(key, grant, () => requestRefresh(grant, key))
    .finally(() => inflight.delete(key));
  inflight.set(key, started);
  return started;
}

async function requestRefresh(grant: HubSpotGrant, key: string): Promise<HubSpotGrant> {
  let res: Response;
  try {
    res = await postForm("token", { grant_type: "refresh_token", refresh_token: grant.refreshToken }, serverEnv().HUBSPOT_TIMEOUT_MS);
  } catch (cause) {
    log.warn({ err: String(cause) }, "token refresh could not reach HubSpot");
    throw new AppError("UPSTREAM_FAULT", "HubSpot could not be reached to renew your sign-in. Try again shortly.", {
      retryAfterSeconds: 5,
    });
  }
  if (res.status === 400 || res.status === 401) {
    log.info({ status: res.status }, "refresh token refused; the user must sign in again");
    if (refused.size >= MAX_REFUSED) refused.delete(refused.keys().next().value as string);
    refused.set(key, Date.now());
    throw sessionExpired();
  }
  if (!res.ok) {
    throw new AppError("UPSTREAM_FAULT", `HubSpot answered ${res.status} while renewing your sign-in. Try again shortly.`, {
      retryAfterSeconds: 5,
    });
  }
  const body = tokenAnswer.safeParse(await res.json().catch(() => null));
  if (!body.success) {
    throw new AppError("UPSTREAM_FAULT", "HubSpot sent an unreadable answer while renewing your sign-in.");
  }
  log.info("HubSpot access token refreshed");
  return {
    accessToken: body.data.access_token,
    // HubSpot keeps the refresh token; honour a new one if it ever sends one.
    refreshToken: body.data.refresh_token ?? grant.refreshToken,
    expiresIn: body.data.expires_in,
    expiresAt: Date.now() + body.data.expires_in * 1000,
  };
}
