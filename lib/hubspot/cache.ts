import "server-only";
import { LRUCache } from "lru-cache";
import { serverEnv } from "@/lib/env";

type Loader = () => Promise<unknown>;
interface Entry {
  value: unknown;
  storedAt: number;
}

/**
 * Per-portal response cache: fresh for `ttl`, then served stale for up to `stale` more while one
 * background call refreshes it. Concurrent identical requests share one upstream call. Keys always
 * start with the portal id, so one portal's answers can never be looked up by another portal.
 */
export class PortalCache {
  private readonly lru: LRUCache<string, Entry, Loader> | undefined;
  private readonly inflight = new Map<string, Promise<unknown>>();

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
      noDeleteOnFetchRejection: true,
      allowStaleOnFetchRejection: staleMs > 0,
      fetchMethod: async (_key, _stale, { context }) => ({ value: await context(), storedAt: Date.now() }),
    });
  }

  static key(portalId: number, op: string, args: unknown = ""): string {
    return `${portalId}|${op}|${typeof args === "string" ? args : JSON.stringify(args)}`;
  }

  async get<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T> {
    const key = PortalCache.key(portalId, op, args);
    if (!this.lru) return this.coalesce(key, load);
    const existing = this.lru.get(key, { allowStale: true, noDeleteOnStaleGet: true });
    const tooOld = existing !== undefined && Date.now() - existing.storedAt > this.ttlMs + this.staleMs;
    const entry = await this.lru.fetch(key, {
      context: load,
      forceRefresh: tooOld,
      allowStale: !tooOld && this.staleMs > 0,
    });
    if (!entry) throw new Error(`cache fetch for ${op} produced nothing`);
    return entry.value as T;
  }

  /** Whether a fresh or servable-stale answer is held, without calling upstream. */
  has(portalId: number, op: string, args: unknown = ""): boolean {
    const entry = this.lru?.get(PortalCache.key(portalId, op, args), { allowStale: true, noDeleteOnStaleGet: true });
    return entry !== undefined && Date.now() - entry.storedAt <= this.ttlMs + this.staleMs;
  }

  private coalesce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key);
    if (running) return running as Promise<T>;
    const started = load().finally(() => this.inflight.delete(key));
    this.inflight.set(key, started);
    return started;
  }
}

let cache: PortalCache | undefined;

export function portalCache(): PortalCache {
  if (!cache) {
    const env = serverEnv();
    cache = new PortalCache(env.CACHE_TTL_SECONDS * 1000, env.CACHE_STALE_SECONDS * 1000);
  }
  return cache;
}
