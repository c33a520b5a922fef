import "server-only";
import { serverEnv } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { sharedRedis } from "@/lib/redis/client";
import { MemoryGrantStore } from "./memory";
import { RedisGrantStore } from "./redis";
import type { GrantStore } from "./types";

export type { GrantStore } from "./types";

/** Shared through Redis when REDIS_URL is set (several instances), in memory otherwise. */
export function grantStore(): GrantStore {
  return processSingleton("grants", () => {
    const redis = sharedRedis();
    const memory = new MemoryGrantStore();
    return redis ? new RedisGrantStore(redis, memory, serverEnv().NEXTAUTH_SECRET) : memory;
  });
}
