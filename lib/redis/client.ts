import { processSingleton } from "@/lib/process-singleton";
import "server-only";
import { Redis } from "ioredis";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { type BreakerOptions, RedisBreaker } from "./breaker";

/** One Redis connection and the breaker that decides, call by call, whether to use it. */
export interface RedisLink {
  client: Redis;
  breaker: RedisBreaker;
}

export interface ConnectOptions extends BreakerOptions {
  /** A slow command counts as a failure after this long (the caller then uses memory). */
  commandTimeoutMs?: number;
}

export function connectRedis(url: string, options: ConnectOptions = {}): RedisLink {
  const client = new Redis(url, {
    connectionName: "goalboard",
    // While Redis is away, commands fail at once instead of queueing, so callers answer from memory.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1000,
    connectTimeout: 2000,
    // Keep reconnecting for as long as the process lives, at most a second apart.
    retryStrategy: (attempt) => Math.min(100 * attempt, 1000),
  });
  // Each failed reconnect emits an error; the breaker reports the outage once, so these stay quiet.
  client.on("error", (error) => log.debug({ err: error.message }, "redis client error"));
  return { client, breaker: new RedisBreaker(client, options) };
}

/** The process's Redis link when REDIS_URL is set; undefined means "memory only". */
export function sharedRedis(): RedisLink | undefined {
  const shared = processSingleton("redis", () => {
    const url = serverEnv().REDIS_URL;
    if (url) log.info({ redis: redactUrl(url) }, "sharing cache, rate budget and renewed grants through Redis");
    return url ? connectRedis(url) : null;
  });
  return shared ?? undefined;
}

/** A REDIS_URL may carry a password; logs get the host only. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    if (parsed.username) parsed.username = "***";
    return parsed.toString();
  } catch {
    return "(unparseable REDIS_URL)";
  }
}
