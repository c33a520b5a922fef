export interface Entry {
  value: unknown;
  storedAt: number;
  /** How long after `storedAt` the answer is fresh (see freshness.ts: longer for slow loads). */
  freshMs?: number;
}

/** When a load ended and how long it took: what its answer's freshness is worked out from. */
export interface LoadTiming {
  loadedAt: number;
  loadMs: number;
}

/** An answer no older than asked for, or the last one held with the reason it could not be renewed. */
export interface Held<T> {
  value: T;
  /** When the answer was loaded from HubSpot (epoch ms). */
  storedAt: number;
  /** Set when a renewal failed and an older answer is served instead. */
  failure: unknown;
}

/** What operations see: the same for the in-process cache and the one shared through Redis. */
export interface ResponseCache {
  get<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T>;
  /** Whether a fresh or servable-stale answer is held, without calling upstream. */
  has(portalId: number, op: string, args?: unknown): Promise<boolean>;
  /**
   * An answer at most `maxAgeMs` old (never less than the answer's own freshness): renewed once,
   * for every asker and instance together, when the held one is older. Renewal failures are kept
   * for as long, so an outage costs one upstream attempt per interval; meanwhile the last answer
   * held is served with the failure, or the failure is thrown when nothing is held.
   */
  getWithin<T>(portalId: number, op: string, args: unknown, maxAgeMs: number, load: () => Promise<T>): Promise<Held<T>>;
  /**
   * Keeps the answer held for this key (fresh or stale) fresh for as long as an answer loaded at
   * `along.loadedAt` in `along.loadMs` is, if that is longer than its own freshness; nothing held,
   * nothing happens. Look-ups read at the start of a long load and shown with its answer (a
   * portal's names and account) then go stale with it, not minutes before it ends.
   */
  freshAlong(portalId: number, op: string, args: unknown, along: LoadTiming): Promise<void>;
  /** Drops every answer held for the portal: Goalboard itself just changed its data in HubSpot. */
  forgetPortal(portalId: number): Promise<void>;
}
