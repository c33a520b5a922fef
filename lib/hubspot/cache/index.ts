import "server-only";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { sharedRedis } from "@/lib/redis/client";
import { PortalCache } from "./memory";
import { RedisPortalCache } from "./redis";
import type { ResponseCache } from "./types";

/**
 * Shared through Redis when REDIS_URL is set, in memory otherwise. With caching off (TTL 0) only
 * in-process coalescing remains, and Redis is not used for answers at all.
 */
export function portalCache(): ResponseCache {
  return processSingleton("cache", () => {
    const env = serverEnv();
    const ttlMs = env.CACHE_TTL_SECONDS * 1000;
    const staleMs = env.CACHE_STALE_SECONDS * 1000;
    const memory = new PortalCache(ttlMs, staleMs);
    const redis = ttlMs > 0 ? sharedRedis() : undefined;
    return redis ? new RedisPortalCache(redis, memory, ttlMs, staleMs) : memory;
  });
}
