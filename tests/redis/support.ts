import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { Redis } from "ioredis";
import { connectRedis, type RedisLink } from "@/lib/redis/client";
import { log } from "@/lib/log";
import { startRedisServer, type RedisServer } from "@/scripts/redis-server";

/**
 * A real redis-server per test file, plus "instances": separate connections, as separate Goalboard
 * processes would have. The breaker cools down quickly so reconnect tests stay short.
 */
// Breakers report outages at warn level; tests look at those through spies, not the console.
log.level = "silent";

export function withRedisServer() {
  const state = { server: undefined as unknown as RedisServer, admin: undefined as unknown as Redis };
  const links: RedisLink[] = [];

  beforeAll(async () => {
    state.server = await startRedisServer();
    state.admin = new Redis(state.server.url, { lazyConnect: true, retryStrategy: () => 100, maxRetriesPerRequest: 1 });
    state.admin.on("error", () => undefined);
    await state.admin.connect();
  }, 20_000);

  // Instances end with their test, as processes would: their outage warnings stay their own.
  afterEach(() => {
    for (const link of links.splice(0)) {
      link.client.removeAllListeners("close");
      link.client.disconnect();
    }
  });

  afterAll(async () => {
    state.admin.disconnect();
    await state.server.stop();
  });

  return {
    get server() {
      return state.server;
    },
    /** A connection of our own, to look at what Goalboard wrote. */
    get admin() {
      return state.admin;
    },
    instance(): RedisLink {
      // A loaded test machine can be slow to answer; a timed-out command would (rightly) fall back
      // to memory and blur what a test means to show.
      const link = connectRedis(state.server.url, { cooldownMs: 100, commandTimeoutMs: 3000 });
      links.push(link);
      return link;
    },
    /** Every key with its remaining lifetime in ms (-1: never expires). */
    async keysWithTtl(): Promise<Map<string, number>> {
      const keys = await state.admin.keys("*");
      const ttls = await Promise.all(keys.map((k) => state.admin.pttl(k)));
      return new Map(keys.map((k, i) => [k, ttls[i]]));
    },
  };
}

/** Waits until every given instance is connected, as a long-running process would be. */
export function connected(...links: RedisLink[]): Promise<void> {
  return until(() => links.every((link) => link.breaker.up));
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Collects the breaker's warnings (and everything else logged) instead of printing them. */
export function captureLog() {
  const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
  const info = vi.spyOn(log, "info").mockImplementation(() => undefined);
  return {
    warnings: () => warn.mock.calls.map((c) => String(c.find((a) => typeof a === "string"))),
    restore: () => {
      warn.mockRestore();
      info.mockRestore();
    },
  };
}
