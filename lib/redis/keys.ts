import { createHash } from "node:crypto";

/**
 * Every key Goalboard writes starts with `goalboard:`, so a Redis shared with other software can be
 * inspected and cleaned by prefix. Everything about a portal lives under `goalboard:p<portalId>:`
 * (answers, loading locks, the budget's windows and pauses); the only keys without a portal are
 * renewed grants and their renewal locks, named by a hash of the refresh token, and sessions,
 * named by their random session id.
 */
export const KEY_PREFIX = "goalboard";

export function portalKey(portalId: number, ...parts: string[]): string {
  if (!Number.isSafeInteger(portalId) || portalId <= 0) throw new Error(`not a portal id: ${portalId}`);
  return [KEY_PREFIX, `p${portalId}`, ...parts].join(":");
}

/** Long argument lists (property names, search bodies) become a fixed-length, collision-safe part. */
export function argsDigest(args: string): string {
  return createHash("sha256").update(args).digest("base64url");
}

export function grantRedisKey(refreshTokenHash: string): string {
  return `${KEY_PREFIX}:grant:${refreshTokenHash}`;
}

export function grantRenewalLockKey(refreshTokenHash: string): string {
  return `${KEY_PREFIX}:grant-renewal:${refreshTokenHash}`;
}

/** A session's record (signed out, or when it was last used), by the random id in its cookie. */
export function sessionRedisKey(sessionId: string): string {
  return `${KEY_PREFIX}:session:${sessionId}`;
}
