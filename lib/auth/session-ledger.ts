import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { sharedRedis } from "@/lib/redis/client";
import { RedisSessionLedger } from "@/lib/redis/session-ledger";

export type SessionState = "active" | "revoked" | "idle";

export interface SessionCheck {
  now: number;
  /** When the session was last seen if the ledger has no record of it (sign-in time, from the cookie). */
  seenFallback: number;
  idleMs: number;
  /** How long the record must outlive this check: until the session's absolute end. */
  keepMs: number;
}

/**
 * What the server remembers about sessions, keyed by the session id inside the cookie: the ones
 * signed out (so a copied cookie is refused) and when each was last used (for the idle timeout).
 * Records expire with the session they describe.
 */
export interface SessionLedger {
  /** Whether the session may go on; an active one is marked as used now. */
  check(sid: string, at: SessionCheck): Promise<SessionState>;
  revoke(sid: string, keepMs: number): Promise<void>;
}

interface Record_ {
  revoked: boolean;
  lastSeen: number;
  expiresAt: number;
}

export class MemorySessionLedger implements SessionLedger {
  private readonly records = new Map<string, Record_>();
  private lastSweep = 0;

  async check(sid: string, at: SessionCheck): Promise<SessionState> {
    this.sweep(at.now);
    const held = this.records.get(sid);
    if (held?.revoked) return "revoked";
    if (at.now - (held?.lastSeen ?? at.seenFallback) > at.idleMs) return "idle";
    this.seen(sid, at.now, at.keepMs);
    return "active";
  }

  /** Notes a use another instance's record vouched for, so this copy is current if Redis goes away. */
  seen(sid: string, now: number, keepMs: number): void {
    this.records.set(sid, { revoked: false, lastSeen: now, expiresAt: now + keepMs });
  }

  async revoke(sid: string, keepMs: number): Promise<void> {
    const now = Date.now();
    this.records.set(sid, { revoked: true, lastSeen: now, expiresAt: now + keepMs });
  }

  /** Whether this process knows the session was signed out (the shared ledger's fallback). */
  isRevoked(sid: string): boolean {
    return this.records.get(sid)?.revoked === true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [sid, record] of this.records) if (record.expiresAt <= now) this.records.delete(sid);
  }
}

/** Shared through Redis when REDIS_URL is set, so a sign-out holds on every instance; memory otherwise. */
export function sessionLedger(): SessionLedger {
  return processSingleton("session-ledger", () => {
    const memory = new MemorySessionLedger();
    const redis = sharedRedis();
    return redis ? new RedisSessionLedger(redis, memory) : memory;
  });
}
