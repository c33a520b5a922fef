import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { sharedRedis } from "@/lib/redis/client";
import { MemorySessionLedger } from "./memory";
import { RedisSessionLedger } from "./redis";
import type { SessionLedger } from "./types";

export type { SessionLedger, SessionState } from "./types";

/** Shared through Redis when REDIS_URL is set, so a sign-out holds on every instance; memory otherwise. */
export function sessionLedger(): SessionLedger {
  return processSingleton("session-ledger", () => {
    const memory = new MemorySessionLedger();
    const redis = sharedRedis();
    return redis ? new RedisSessionLedger(redis, memory) : memory;
  });
}
