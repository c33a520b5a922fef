import { afterEach, describe, expect, it, vi } from "vitest";
import { withRedisServer } from "./support";

const redis = withRedisServer();

const BASE_ENV = {
  HUBSPOT_CLIENT_ID: "test",
  HUBSPOT_CLIENT_SECRET: "test",
  NEXTAUTH_URL: "http://127.0.0.1:1",
  NEXTAUTH_SECRET: "a-test-secret-of-some-length",
  LOG_LEVEL: "silent",
};

/** A fresh module graph, as a freshly started process with this configuration would have. */
async function processWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  (await import("@/lib/process-singleton")).resetProcessSingletonsForTests();
  for (const [key, value] of Object.entries({ ...BASE_ENV, ...env })) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const [cache, memoryCache, redisCache, budget, memoryBudget, redisBudget, grants, memoryGrants, redisGrants, client] = await Promise.all([
    import("@/lib/hubspot/cache"),
    import("@/lib/hubspot/cache/memory"),
    import("@/lib/hubspot/cache/redis"),
    import("@/lib/hubspot/budget"),
    import("@/lib/hubspot/budget/memory"),
    import("@/lib/hubspot/budget/redis"),
    import("@/lib/auth/grant-store"),
    import("@/lib/auth/grant-store/memory"),
    import("@/lib/auth/grant-store/redis"),
    import("@/lib/redis/client"),
  ]);
  return { cache, memoryCache, redisCache, budget, memoryBudget, redisBudget, grants, memoryGrants, redisGrants, client };
}

const originalEnv = { ...process.env };
let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  for (const key of Object.keys(process.env)) if (!(key in originalEnv)) delete process.env[key];
  Object.assign(process.env, originalEnv);
});

describe("what the gateway's singletons are made of", () => {
  it("shares cache, budget and grants through Redis when REDIS_URL is set", async () => {
    const p = await processWith({ REDIS_URL: redis.server.url, CACHE_TTL_SECONDS: "30" });
    cleanup = () => p.client.sharedRedis()?.client.disconnect();
    expect(p.cache.portalCache()).toBeInstanceOf(p.redisCache.RedisPortalCache);
    expect(p.budget.portalBudget()).toBeInstanceOf(p.redisBudget.RedisBudget);
    expect(p.grants.grantStore()).toBeInstanceOf(p.redisGrants.RedisGrantStore);
  });

  it("keeps everything in memory without REDIS_URL (the embedded default)", async () => {
    const p = await processWith({ REDIS_URL: undefined, CACHE_TTL_SECONDS: "30" });
    expect(p.cache.portalCache()).toBeInstanceOf(p.memoryCache.PortalCache);
    expect(p.budget.portalBudget()).toBeInstanceOf(p.memoryBudget.MemoryBudget);
    expect(p.grants.grantStore()).toBeInstanceOf(p.memoryGrants.MemoryGrantStore);
    expect(p.client.sharedRedis()).toBeUndefined();
  });

  it("does not put answers in Redis when caching is turned off", async () => {
    const p = await processWith({ REDIS_URL: redis.server.url, CACHE_TTL_SECONDS: "0" });
    cleanup = () => p.client.sharedRedis()?.client.disconnect();
    expect(p.cache.portalCache()).toBeInstanceOf(p.memoryCache.PortalCache);
    expect(p.budget.portalBudget()).toBeInstanceOf(p.redisBudget.RedisBudget);
  });
});
