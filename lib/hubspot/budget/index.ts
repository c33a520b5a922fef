import "server-only";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { sharedRedis } from "@/lib/redis/client";
import { MemoryBudget } from "./memory";
import { RedisBudget } from "./redis";
import type { RateBudget } from "./types";

/** Shared by every instance through Redis when REDIS_URL is set, per process otherwise. */
export function portalBudget(): RateBudget {
  return processSingleton("budget", () => {
    const env = serverEnv();
    const memory = new MemoryBudget(env.HUBSPOT_TEN_SECONDLY_LIMIT, env.HUBSPOT_SEARCH_PER_SECOND);
    const redis = sharedRedis();
    return redis
      ? new RedisBudget(redis, memory, { tenSecondly: env.HUBSPOT_TEN_SECONDLY_LIMIT, searchPerSecond: env.HUBSPOT_SEARCH_PER_SECOND, callTimeoutMs: env.HUBSPOT_TIMEOUT_MS })
      : memory;
  });
}
