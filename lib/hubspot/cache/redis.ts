import "server-only";
import { log } from "@/lib/log";
import type { Attempt } from "@/lib/redis/breaker";
import type { RedisLink } from "@/lib/redis/client";
import { argsDigest, portalKey } from "@/lib/redis/keys";
import { RedisLock } from "@/lib/redis/lock";
import { freshMsOf, freshnessAlong, LONGEST_FRESH_MS, timedEntry } from "./freshness";
import type { PortalCache } from "./memory";
import type { Entry, Held, LoadTiming, ResponseCache } from "./types";
import { heldWithin, RenewalFailures } from "./within";

export interface SharedCacheOptions {
  /** How long a loader's lock lives without renewal: if its instance dies, another loads after this. */
  lockMs?: number;
  /** Longest a waiter waits on another instance's load before loading itself. */
  maxWaitMs?: number;
}

/** Replaces the entry only if it is still the one read (another instance may have stored a newer one). */
const REPLACE_IF_SAME = `if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) end return 1`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The per-portal response cache shared by every instance through Redis: fresh for `ttl` (longer
 * for slow loads, see freshness.ts), then
 * served stale for up to `stale` while one instance refreshes it. Of several instances missing the
 * same answer, the one that takes a short lock loads it and the others wait for it to appear.
 * Every answer is also remembered in this process's memory cache, which takes over, call by call,
 * while Redis is unreachable.
 */
export class RedisPortalCache implements ResponseCache {
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly refreshing = new Set<string>();
  private readonly failures = new RenewalFailures();
  private readonly lockMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: PortalCache,
    private readonly ttlMs: number,
    private readonly staleMs: number,
    options: SharedCacheOptions = {},
  ) {
    this.lockMs = options.lockMs ?? 15_000;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
  }

  static keys(portalId: number, op: string, args: unknown) {
    const digest = argsDigest(typeof args === "string" ? args : JSON.stringify(args));
    return { entry: portalKey(portalId, "cache", op, digest), lock: portalKey(portalId, "lock", op, digest) };
  }

  get<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T> {
    // Identical requests inside this process share one Redis round trip (and at most one load).
    const local = `${portalId}|${op}|${typeof args === "string" ? args : JSON.stringify(args)}`;
    const running = this.inflight.get(local);
    if (running) return running as Promise<T>;
    const started = this.lookup(portalId, op, args, load).finally(() => this.inflight.delete(local));
    this.inflight.set(local, started);
    return started;
  }

  async has(portalId: number, op: string, args: unknown = ""): Promise<boolean> {
    const read = await this.read(RedisPortalCache.keys(portalId, op, args).entry);
    if (!read.ok) return this.memory.has(portalId, op, args);
    return read.value !== undefined && Date.now() - read.value.storedAt <= this.freshMs(read.value) + this.staleMs;
  }

  async getWithin<T>(portalId: number, op: string, args: unknown, maxAgeMs: number, load: () => Promise<T>): Promise<Held<T>> {
    const keys = RedisPortalCache.keys(portalId, op, args);
    const read = await this.read(keys.entry);
    if (!read.ok) return this.memory.getWithin(portalId, op, args, maxAgeMs, load);
    if (read.value) this.memory.remember(portalId, op, args, read.value);
    // Redis drops answers after the cache's stale window; this process may still hold a younger
    // one, unless the portal's answers were dropped since (Goalboard wrote to HubSpot).
    let held = read.value ?? this.memory.peekAny(portalId, op, args);
    if (!read.value && held && (await this.forgottenSince(portalId, held.storedAt))) held = undefined;
    return heldWithin(keys.entry, Math.max(maxAgeMs, this.freshMs(held)), held, async () => {
      const value = await this.loadShared(portalId, op, args, keys, load, held?.storedAt ?? 0);
      return { value, storedAt: Date.now() };
    }, this.failures);
  }

  async freshAlong(portalId: number, op: string, args: unknown, along: LoadTiming): Promise<void> {
    await this.memory.freshAlong(portalId, op, args, along);
    const key = RedisPortalCache.keys(portalId, op, args).entry;
    const read = await this.redis.breaker.attempt("cache read", () => this.redis.client.get(key));
    const held = read.ok && read.value !== null ? parseEntry(read.value) : undefined;
    const freshMs = held && freshnessAlong(held, this.freshMs(held), this.ttlMs, along);
    if (!read.ok || !held || freshMs === undefined) return;
    const lifetimeMs = held.storedAt + freshMs + this.staleMs - Date.now();
    if (lifetimeMs <= 0) return;
    const text = read.value as string;
    await this.redis.breaker.attempt("cache write", () => this.redis.client.eval(REPLACE_IF_SAME, 1, key, text, JSON.stringify({ ...held, freshMs }), lifetimeMs));
  }

  /**
   * Deletes the portal's answers in Redis and here, and notes when: other instances still hold
   * copies in memory, which must not be shared back into Redis as if Redis had lost them.
   */
  async forgetPortal(portalId: number): Promise<void> {
    await this.memory.forgetPortal(portalId);
    this.failures.clearPrefix(`${portalKey(portalId, "cache")}:`);
    const pattern = `${portalKey(portalId, "cache")}:*`;
    await this.redis.breaker.attempt("cache forget", async () => {
      await this.redis.client.set(portalKey(portalId, "forgotten"), String(Date.now()), "PX", Math.max(this.ttlMs, LONGEST_FRESH_MS) + this.staleMs);
      let cursor = "0";
      do {
        const [next, keys] = await this.redis.client.scan(cursor, "MATCH", pattern, "COUNT", 500);
        if (keys.length) await this.redis.client.del(...keys);
        cursor = next;
      } while (cursor !== "0");
    });
  }

  /** Whether the portal's answers were dropped after `storedAt` (a Redis failure reads as no). */
  private async forgottenSince(portalId: number, storedAt: number): Promise<boolean> {
    const read = await this.redis.breaker.attempt("cache read", () => this.redis.client.get(portalKey(portalId, "forgotten")));
    return read.ok && read.value !== null && Number(read.value) >= storedAt;
  }

  private async lookup<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T> {
    const keys = RedisPortalCache.keys(portalId, op, args);
    const read = await this.read(keys.entry);
    if (!read.ok) return this.memory.get(portalId, op, args, load);
    const entry = read.value;
    if (entry) {
      this.memory.remember(portalId, op, args, entry);
      const age = Date.now() - entry.storedAt;
      if (age <= this.freshMs(entry)) return entry.value as T;
      if (age <= this.freshMs(entry) + this.staleMs) {
        this.revalidate(portalId, op, args, keys, load);
        return entry.value as T;
      }
    }
    // Redis lost it (restarted empty, or this answer was loaded during an outage): share ours.
    const held = this.memory.peekFresh(portalId, op, args);
    if (held && (!entry || held.storedAt > entry.storedAt) && !(await this.forgottenSince(portalId, held.storedAt))) {
      await this.write(keys.entry, held);
      return held.value as T;
    }
    return this.loadShared(portalId, op, args, keys, load);
  }

  /**
   * Loads under the lock, or waits for the instance holding it to store the answer: a fresh one,
   * or with `newerThan`, any stored after that instant.
   */
  private async loadShared<T>(
    portalId: number,
    op: string,
    args: unknown,
    keys: { entry: string; lock: string },
    load: () => Promise<T>,
    newerThan?: number,
  ): Promise<T> {
    const giveUpAt = Date.now() + this.maxWaitMs;
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      const lock = await this.redis.breaker.attempt("cache lock", () => RedisLock.acquire(this.redis.client, keys.lock, this.lockMs));
      if (!lock.ok) return this.memory.get(portalId, op, args, load);
      if (lock.value) return this.loadAndStore(portalId, op, args, keys.entry, lock.value, load);
      await sleep(pause);
      const read = await this.read(keys.entry);
      if (!read.ok || Date.now() > giveUpAt) return this.memory.get(portalId, op, args, load);
      if (read.value && (newerThan === undefined ? Date.now() - read.value.storedAt <= this.freshMs(read.value) : read.value.storedAt > newerThan)) {
        this.memory.remember(portalId, op, args, read.value);
        return read.value.value as T;
      }
    }
  }

  private async loadAndStore<T>(portalId: number, op: string, args: unknown, entryKey: string, lock: RedisLock, load: () => Promise<T>): Promise<T> {
    // Long loads (every target of a large portal) outlive one lock period: keep it while working.
    const renew = setInterval(() => void this.redis.breaker.attempt("cache lock", () => lock.extend()), this.lockMs / 3);
    renew.unref?.();
    try {
      const entry = await timedEntry(this.ttlMs, load);
      this.memory.remember(portalId, op, args, entry);
      // Stored before the lock is released, so waiters find it on their next look.
      await this.write(entryKey, entry);
      return entry.value as T;
    } finally {
      clearInterval(renew);
      void this.redis.breaker.attempt("cache lock", () => lock.release());
    }
  }

  /** A stale answer was served: refresh it in the background, once across all instances. */
  private revalidate<T>(portalId: number, op: string, args: unknown, keys: { entry: string; lock: string }, load: () => Promise<T>): void {
    if (this.refreshing.has(keys.entry)) return;
    this.refreshing.add(keys.entry);
    void (async () => {
      const lock = await this.redis.breaker.attempt("cache lock", () => RedisLock.acquire(this.redis.client, keys.lock, this.lockMs));
      if (lock.ok && lock.value) await this.loadAndStore(portalId, op, args, keys.entry, lock.value, load);
    })()
      .catch((error) => log.warn({ op, portalId, err: error instanceof Error ? error.message : String(error) }, "background refresh failed; the stale answer stays"))
      .finally(() => this.refreshing.delete(keys.entry));
  }

  private async write(key: string, entry: Entry): Promise<void> {
    const lifetimeMs = this.freshMs(entry) + this.staleMs - (Date.now() - entry.storedAt);
    if (lifetimeMs <= 0) return;
    await this.redis.breaker.attempt("cache write", () => this.redis.client.set(key, JSON.stringify(entry), "PX", lifetimeMs));
  }

  private freshMs(entry: Entry | undefined): number {
    return freshMsOf(entry, this.ttlMs);
  }

  private async read(key: string): Promise<Attempt<Entry | undefined>> {
    const read = await this.redis.breaker.attempt("cache read", () => this.redis.client.get(key));
    if (!read.ok) return read;
    return { ok: true, value: read.value === null ? undefined : parseEntry(read.value) };
  }
}

/** An unreadable entry (written by an incompatible version) is a miss, not an outage. */
function parseEntry(text: string): Entry | undefined {
  try {
    const entry = JSON.parse(text) as Entry;
    return typeof entry?.storedAt === "number" ? entry : undefined;
  } catch {
    return undefined;
  }
}
