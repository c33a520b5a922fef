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
  /** Whether the session was signed out, without marking it as used (work that outlives a request). */
  isRevoked(sid: string): Promise<boolean>;
}
