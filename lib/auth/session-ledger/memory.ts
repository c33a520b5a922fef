import type { SessionCheck, SessionLedger, SessionState } from "./types";

interface Record_ {
  revoked: boolean;
  lastSeen: number;
  expiresAt: number;
}

/** One process's ledger: the embedded default, and what the shared ledger falls back to. */
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

  /** Whether this process knows the session was signed out (also the shared ledger's fallback). */
  async isRevoked(sid: string): Promise<boolean> {
    return this.records.get(sid)?.revoked === true;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [sid, record] of this.records) if (record.expiresAt <= now) this.records.delete(sid);
  }
}
