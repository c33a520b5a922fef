import { randomBytes } from "node:crypto";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import { startRedisServer, type RedisServer } from "../../scripts/redis-server";
import { type Instance, startInstance } from "./instance";

export { signInAt, type Instance } from "./instance";

export interface Cluster {
  redis: RedisServer;
  emulator: RunningEmulator;
  instances: [Instance, Instance];
  stop(): Promise<void>;
}

/**
 * What a load-balanced deployment looks like, on loopback: two `next start` processes of the same
 * build with the same NEXTAUTH_SECRET and REDIS_URL, one redis-server, and the emulator standing in
 * for HubSpot with the rate limit the instances are configured for.
 */
export async function startCluster(options: { tenSecondlyLimit: number }): Promise<Cluster> {
  const redis = await startRedisServer();
  const emulator = await startEmulator({ quiet: true, tenSecondlyLimit: options.tenSecondlyLimit });
  const secret = randomBytes(32).toString("base64url");
  const started: Instance[] = [];
  const stop = async () => {
    await Promise.all(started.map((instance) => instance.stop()));
    await emulator.close();
    await redis.stop();
  };
  const env = {
    NEXTAUTH_SECRET: secret,
    REDIS_URL: redis.url,
    HUBSPOT_TEN_SECONDLY_LIMIT: String(options.tenSecondlyLimit),
    // The specs load one user's burst through both instances to test the shared portal budget:
    // that user may take all of it, and wait as long as a burst over one window takes.
    HUBSPOT_USER_SHARE: "1",
    API_DEADLINE_MS: "30000",
    CACHE_TTL_SECONDS: "300",
    CACHE_STALE_SECONDS: "300",
    LOG_LEVEL: "info",
  };
  // Settled, not raced: when one fails to start, the other is still stopped with everything else.
  const results = await Promise.allSettled([0, 1].map(() => startInstance(emulator.url, env)));
  for (const result of results) if (result.status === "fulfilled") started.push(result.value);
  const failed = results.find((result) => result.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { redis, emulator, instances: started as [Instance, Instance], stop };
}

/** The emulator's admin API (never counted, never rate-limited). */
export function emulatorAdmin(emulator: RunningEmulator) {
  const admin = async <T>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${emulator.url}/__emulator${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`emulator admin ${path}: ${res.status}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  type Counts = { total: number; byPortal: Record<string, { total: number; byRoute: Record<string, number>; byStatus: Record<string, number> }> };
  return {
    calls: () => admin<Counts>("/calls"),
    resetCalls: () => admin<void>("/calls/reset", {}),
    expireTokens: (portalId: number) => admin<{ expired: number }>("/tokens/expire", { portalId }),
    tokens: () => admin<{ accessTokens: string[]; refreshTokens: string[] }>("/tokens"),
    targetNames: async (portalId: number) =>
      (await admin<{ properties: Record<string, string | null> }[]>(`/portals/${portalId}/targets`)).map((t) => t.properties.hs_goal_name ?? ""),
  };
}
