import { LRUCache } from "lru-cache";
import type { Entry, Held, LoadTiming, ResponseCache } from "./types";
import { freshMsOf, freshnessAlong, timedEntry } from "./freshness";
import { heldWithin, RenewalFailures } from "./within";

type Loader = () => Promise<unknown>;

/**
 * Per-portal response cache: fresh for `ttl` (longer for slow loads, see freshness.ts), then served
 * stale for up to `stale` more while one background call refreshes it. Concurrent identical requests share one upstream call. Keys always
 * start with the portal id, so one portal's answers can never be looked up by another portal.
 */
export class PortalCache implements ResponseCache {
  private readonly lru: LRUCache<string, Entry, Loader> | undefined;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly failures = new RenewalFailures();

  constructor(
    private readonly ttlMs: number,
    private readonly staleMs: number,
    max = 500,
  ) {
    if (ttlMs <= 0) return; // caching off: only coalescing of concurrent calls remains
    this.lru = new LRUCache<string, Entry, Loader>({
      max,
      ttl: ttlMs,
      allowStale: staleMs > 0,
      // A failed background refresh puts the stale answer back. Not allowStaleOnFetchRejection: on a
      // miss there is nothing stale, and lru-cache would then resolve with nothing instead of the
      // error, turning HubSpot's 404 (or a missing scope, a rate limit) into an internal error.
      noDeleteOnFetchRejection: true,
      fetchMethod: async (_key, _stale, { context, options }) => {
        const entry = await timedEntry(ttlMs, context);
        options.ttl = entry.freshMs;
        return entry;
      },
    });
  }

  static key(portalId: number, op: string, args: unknown = ""): string {
    return `${portalId}|${op}|${typeof args === "string" ? args : JSON.stringify(args)}`;
  }

  async get<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T> {
    const key = PortalCache.key(portalId, op, args);
    if (!this.lru) return this.coalesce(key, load);
    const existing = this.lru.get(key, { allowStale: true, noDeleteOnStaleGet: true });
    const tooOld = existing !== undefined && Date.now() - existing.storedAt > this.freshMs(existing) + this.staleMs;
    const entry = await this.lru.fetch(key, {
      context: load,
      forceRefresh: tooOld,
      allowStale: !tooOld && this.staleMs > 0,
    });
    if (!entry) throw new Error(`cache fetch for ${op} produced nothing`);
    return entry.value as T;
  }

  async has(portalId: number, op: string, args: unknown = ""): Promise<boolean> {
    const entry = this.lru?.get(PortalCache.key(portalId, op, args), { allowStale: true, noDeleteOnStaleGet: true });
    return entry !== undefined && Date.now() - entry.storedAt <= this.freshMs(entry) + this.staleMs;
  }

  async getWithin<T>(portalId: number, op: string, args: unknown, maxAgeMs: number, load: () => Promise<T>): Promise<Held<T>> {
    const key = PortalCache.key(portalId, op, args);
    const lru = this.lru;
    // Caching off: nothing is held, failures included; concurrent askers still share one load.
    if (!lru) return { value: await this.coalesce(key, load), storedAt: Date.now(), failure: null };
    const held = this.peekAny(portalId, op, args);
    return heldWithin(key, Math.max(maxAgeMs, this.freshMs(held)), held, async () => {
      // A renewal already under way (for any asker) is joined, not repeated.
      const entry = await lru.fetch(key, { context: load, forceRefresh: true, allowStale: false });
      if (!entry) throw new Error(`cache fetch for ${op} produced nothing`);
      return entry;
    }, this.failures);
  }

  async freshAlong(portalId: number, op: string, args: unknown, along: LoadTiming): Promise<void> {
    const held = this.peekAny(portalId, op, args);
    const freshMs = held && freshnessAlong(held, this.freshMs(held), this.ttlMs, along);
    if (!held || freshMs === undefined) return;
    const left = held.storedAt + freshMs - Date.now();
    if (left > 0) this.lru?.set(PortalCache.key(portalId, op, args), { ...held, freshMs }, { ttl: left });
  }

  async forgetPortal(portalId: number): Promise<void> {
    const prefix = `${portalId}|`;
    this.failures.clearPrefix(prefix);
    if (!this.lru) return;
    for (const key of [...this.lru.keys()]) if (key.startsWith(prefix)) this.lru.delete(key);
  }

  /** The answer held for this key, however old, without loading anything. */
  peekAny(portalId: number, op: string, args: unknown): Entry | undefined {
    return this.lru?.get(PortalCache.key(portalId, op, args), { allowStale: true, noDeleteOnStaleGet: true });
  }

  /** The answer held for this key if it is still fresh, without loading anything. */
  peekFresh(portalId: number, op: string, args: unknown): Entry | undefined {
    const entry = this.lru?.get(PortalCache.key(portalId, op, args), { allowStale: true, noDeleteOnStaleGet: true });
    return entry && Date.now() - entry.storedAt <= this.freshMs(entry) ? entry : undefined;
  }

  /**
   * Keeps a copy of an answer loaded elsewhere (another instance, through Redis), so that this
   * process can go on serving it from memory if Redis goes away. Never replaces a newer answer.
   */
  remember(portalId: number, op: string, args: unknown, entry: Entry): void {
    if (!this.lru) return;
    const key = PortalCache.key(portalId, op, args);
    const held = this.lru.get(key, { allowStale: true, noDeleteOnStaleGet: true });
    if (held && held.storedAt >= entry.storedAt) return;
    this.lru.set(key, entry, { ttl: Math.max(1, this.freshMs(entry) - (Date.now() - entry.storedAt)) });
  }

  private freshMs(entry: Entry | undefined): number {
    return freshMsOf(entry, this.ttlMs);
  }

  private coalesce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key);
    if (running) return running as Promise<T>;
    const started = load().finally(() => this.inflight.delete(key));
    this.inflight.set(key, started);
    return started;
  }
}
