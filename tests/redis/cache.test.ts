import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOAD_MULTIPLE, SLOW_LOAD_MS } from "@/lib/hubspot/cache/freshness";
import { PortalCache } from "@/lib/hubspot/cache/memory";
import { RedisPortalCache, type SharedCacheOptions } from "@/lib/hubspot/cache/redis";
import { captureLog, connected, until, withRedisServer } from "./support";

const redis = withRedisServer();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function upstream<T>(value: (n: number) => T, delayMs = 5) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: async () => {
      calls += 1;
      const n = calls;
      await sleep(delayMs);
      return value(n);
    },
  };
}

/** One Goalboard instance's cache: its own connection, its own memory. */
function instance(ttlMs = 10_000, staleMs = 0, options?: SharedCacheOptions) {
  const link = redis.instance();
  return { link, cache: new RedisPortalCache(link, new PortalCache(ttlMs, staleMs), ttlMs, staleMs, options) };
}

let logs: ReturnType<typeof captureLog>;
beforeEach(async () => {
  logs = captureLog();
  await redis.admin.flushall();
});
afterEach(() => logs.restore());

describe("the response cache shared through Redis", () => {
  it("serves an answer loaded by one instance to another without loading it again", async () => {
    const [a, b] = [instance(), instance()];
    const source = upstream((n) => ({ page: n }));
    expect(await a.cache.get(4000001, "goal_targets.list", { limit: 5 }, source.load)).toEqual({ page: 1 });
    expect(await b.cache.get(4000001, "goal_targets.list", { limit: 5 }, source.load)).toEqual({ page: 1 });
    expect(source.calls).toBe(1);
    expect(await b.cache.has(4000001, "goal_targets.list", { limit: 5 })).toBe(true);
  });

  it("loads once when two instances miss the same answer at the same moment", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    const source = upstream((n) => `answer ${n}`, 150);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).cache.get(4000001, "directory", ["owners"], source.load)),
    );
    expect(source.calls).toBe(1);
    expect(new Set(answers)).toEqual(new Set(["answer 1"]));
    // The lock is gone once the answer is stored.
    expect(await redis.admin.keys("goalboard:*:lock:*")).toEqual([]);
  });

  it("keeps each portal's answers under keys naming that portal, each with a lifetime", async () => {
    const a = instance(30_000, 60_000);
    await a.cache.get(4000001, "account", "", async () => ({ portalId: 4000001 }));
    await a.cache.get(4000002, "account", "", async () => ({ portalId: 4000002 }));
    expect(await a.cache.get(4000002, "account", "", async () => ({ portalId: 0 }))).toEqual({ portalId: 4000002 });
    const keys = await redis.keysWithTtl();
    expect(keys.size).toBe(2);
    for (const [key, ttl] of keys) {
      const portal = /^goalboard:p(\d+):cache:account:/.exec(key)?.[1];
      expect(portal).toBeDefined();
      expect(JSON.parse((await redis.admin.get(key))!).value.portalId).toBe(Number(portal));
      expect(ttl).toBeGreaterThan(80_000);
      expect(ttl).toBeLessThanOrEqual(90_000);
    }
  });

  it("renews an answer older than a wallboard asks for once, for every instance", async () => {
    const [a, b] = [instance(20, 10_000), instance(20, 10_000)];
    await connected(a.link, b.link);
    const source = upstream((n) => n, 100);
    expect((await a.cache.getWithin(4000001, "goal_targets.all", "", 400, source.load)).value).toBe(1);
    expect((await b.cache.getWithin(4000001, "goal_targets.all", "", 400, source.load)).value).toBe(1);
    expect(source.calls).toBe(1);
    await sleep(420);
    const renewed = await Promise.all([a, b, a, b].map((i) => i.cache.getWithin(4000001, "goal_targets.all", "", 400, source.load)));
    expect(renewed.map((r) => r.value)).toEqual([2, 2, 2, 2]);
    expect(source.calls).toBe(2);
  });

  it("keeps a slow answer fresh for every instance for LOAD_MULTIPLE times its load, in memory and in Redis", async () => {
    const [a, b] = [instance(1, 60_000), instance(1, 60_000)];
    const source = upstream((n) => n, SLOW_LOAD_MS + 50);
    const started = Date.now();
    expect(await a.cache.get(4000001, "goal_targets.all", "", source.load)).toBe(1);
    const storedBy = Date.now();
    const loadMs = storedBy - started;
    await sleep(500); // long past the cache's own 1 ms
    expect(await b.cache.get(4000001, "goal_targets.all", "", source.load)).toBe(1);
    expect(await a.cache.get(4000001, "goal_targets.all", "", source.load)).toBe(1);
    expect(source.calls).toBe(1);
    const [[, ttl]] = [...(await redis.keysWithTtl())];
    expect(ttl).toBeGreaterThan(60_000 + LOAD_MULTIPLE * SLOW_LOAD_MS - 1_000);
    await sleep(Math.max(0, storedBy + LOAD_MULTIPLE * loadMs + 50 - Date.now()));
    // Stale now: served once more while one instance refreshes it in the background.
    expect(await b.cache.get(4000001, "goal_targets.all", "", source.load)).toBe(1);
    await until(async () => (await a.cache.get(4000001, "goal_targets.all", "", source.load)) === 2);
    expect(source.calls).toBe(2);
  });

  it("keeps look-ups fresh along a slow load for every instance, and never over a newer answer", async () => {
    const [a, b] = [instance(50, 60_000), instance(50, 60_000)];
    const names = upstream((n) => `names ${n}`, 1);
    expect(await a.cache.get(1, "directory", "", names.load)).toBe("names 1");
    await sleep(80);
    await a.cache.freshAlong(1, "directory", "", { loadedAt: Date.now(), loadMs: SLOW_LOAD_MS });
    // Another instance finds them fresh in Redis: no refresh, now or in the background.
    expect(await b.cache.get(1, "directory", "", names.load)).toBe("names 1");
    await sleep(50);
    expect(names.calls).toBe(1);
    const [[, ttl]] = [...(await redis.keysWithTtl())];
    expect(ttl).toBeGreaterThan(60_000 + LOAD_MULTIPLE * SLOW_LOAD_MS - 1_000);

    // An instance that read newer names meanwhile keeps them: the older ones are not written back.
    const key = RedisPortalCache.keys(1, "account", "").entry;
    await a.cache.get(1, "account", "", async () => "old account");
    await redis.admin.set(key, JSON.stringify({ value: "new account", storedAt: Date.now() }), "PX", 60_000);
    await a.cache.freshAlong(1, "account", "", { loadedAt: Date.now(), loadMs: SLOW_LOAD_MS });
    expect(JSON.parse((await redis.admin.get(key))!).value).toBe("new account");
  });

  it("serves a stale answer while one instance refreshes it for all", async () => {
    const [a, b] = [instance(60, 10_000), instance(60, 10_000)];
    const source = upstream((n) => n, 50);
    expect(await a.cache.get(1, "op", "", source.load)).toBe(1);
    await sleep(100);
    const [fromA, fromB] = await Promise.all([a.cache.get(1, "op", "", source.load), b.cache.get(1, "op", "", source.load)]);
    expect([fromA, fromB]).toEqual([1, 1]);
    // b (which never loaded it) sees the refreshed answer once it is stored.
    await until(async () => (await b.cache.get(1, "op", "", source.load)) === 2);
    expect(source.calls).toBe(2);
  });

  it("does not keep failures, and a failed load frees the lock for the next instance", async () => {
    const [a, b] = [instance(), instance()];
    await expect(a.cache.get(1, "flaky", "", async () => Promise.reject(new Error("HubSpot down")))).rejects.toThrow("HubSpot down");
    expect(await b.cache.get(1, "flaky", "", async () => "up")).toBe("up");
  });

  it("takes over the load when the instance holding the lock died", async () => {
    const b = instance(10_000, 0, { lockMs: 300 });
    // A lock left by an instance that crashed mid-load.
    const { lock } = RedisPortalCache.keys(1, "orphaned", "");
    await redis.admin.set(lock, "dead-instance", "PX", 300);
    const started = Date.now();
    expect(await b.cache.get(1, "orphaned", "", async () => "loaded by b")).toBe("loaded by b");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("answers from memory while Redis is down, warns once, and shares again once it is back", async () => {
    const [a, b] = [instance(), instance()];
    const known = upstream(() => "cached before the outage");
    await a.cache.get(1, "known", "", known.load);

    await redis.server.stop();
    await until(() => !a.link.breaker.up);
    // What this instance already had is still served, without going upstream.
    expect(await a.cache.get(1, "known", "", known.load)).toBe("cached before the outage");
    expect(known.calls).toBe(1);
    // New answers are loaded, and kept in memory for the outage.
    const fresh = upstream((n) => `fresh ${n}`);
    expect(await a.cache.get(1, "new", "", fresh.load)).toBe("fresh 1");
    expect(await a.cache.get(1, "new", "", fresh.load)).toBe("fresh 1");
    expect(fresh.calls).toBe(1);
    // One warning per instance for the whole outage, however many calls fell back.
    expect(logs.warnings().filter((w) => w.startsWith("Redis unavailable"))).toHaveLength(2);

    await redis.server.start();
    await until(() => a.link.breaker.up && b.link.breaker.up);
    // Redis came back empty: what a loaded during the outage is shared from its memory, not reloaded.
    expect(await a.cache.get(1, "new", "", fresh.load)).toBe("fresh 1");
    expect(await b.cache.get(1, "new", "", fresh.load)).toBe("fresh 1");
    expect(fresh.calls).toBe(1);
    const after = upstream((n) => `after ${n}`);
    expect(await a.cache.get(1, "after", "", after.load)).toBe("after 1");
    expect(await b.cache.get(1, "after", "", after.load)).toBe("after 1");
    expect(after.calls).toBe(1);
    expect(await redis.admin.keys("goalboard:p1:cache:after:*")).toHaveLength(1);
  }, 30_000);
});
