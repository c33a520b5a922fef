import "server-only";
import { log } from "@/lib/log";
import type { RedisLink } from "@/lib/redis/client";
import { grantRedisKey, grantRenewalLockKey } from "@/lib/redis/keys";
import { RedisLock } from "@/lib/redis/lock";
import { Sealer } from "@/lib/redis/seal";
import type { HubSpotGrant } from "../grant";
import type { GrantStore } from "./types";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface SharedGrantOptions {
  /** A renewal's lock lives this long: HubSpot's token call plus slack (it is released sooner). */
  renewLockMs?: number;
}

/**
 * Renewed grants shared by every instance, so a user whose token one instance renewed is not
 * renewed again by the next instance the load balancer picks. Grants are sealed (AES-256-GCM) and
 * expire in Redis with their access token. Memory keeps a copy of every grant this process saw, and
 * answers alone while Redis is away.
 */
export class RedisGrantStore implements GrantStore {
  private readonly sealer: Sealer;
  private readonly renewLockMs: number;

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: GrantStore,
    secret: string,
    options: SharedGrantOptions = {},
  ) {
    this.sealer = new Sealer(secret, "renewed-grants-v1");
    this.renewLockMs = options.renewLockMs ?? 15_000;
  }

  async get(key: string): Promise<HubSpotGrant | undefined> {
    const local = await this.memory.get(key);
    const redisKey = grantRedisKey(key);
    const read = await this.redis.breaker.attempt("grant read", () => this.redis.client.getBuffer(redisKey));
    if (!read.ok || !read.value) return local;
    const shared = this.parse(read.value, redisKey);
    if (!shared || shared.expiresAt <= Date.now()) return local;
    if (local && local.expiresAt >= shared.expiresAt) return local;
    // Kept here too, so this instance still knows it if Redis goes away.
    await this.memory.set(key, shared);
    return shared;
  }

  async set(key: string, grant: HubSpotGrant): Promise<void> {
    await this.memory.set(key, grant);
    const ttlMs = grant.expiresAt - Date.now();
    if (ttlMs <= 0) return;
    const redisKey = grantRedisKey(key);
    const sealed = this.sealer.seal(JSON.stringify(grant), redisKey);
    await this.redis.breaker.attempt("grant write", () => this.redis.client.set(redisKey, sealed, "PX", ttlMs));
  }

  /**
   * Two instances that find the same user's token expired at once renew it once: the one holding
   * the lock asks HubSpot, the other waits for the grant it stores. Without Redis, each renews.
   */
  async renewOnce(key: string, current: HubSpotGrant, renew: () => Promise<HubSpotGrant>): Promise<HubSpotGrant> {
    const lockKey = grantRenewalLockKey(key);
    const giveUpAt = Date.now() + this.renewLockMs;
    for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
      const lock = await this.redis.breaker.attempt("grant lock", () => RedisLock.acquire(this.redis.client, lockKey, this.renewLockMs));
      if (!lock.ok || Date.now() > giveUpAt) return this.renewAndStore(key, renew);
      if (lock.value) {
        try {
          return await this.renewAndStore(key, renew);
        } finally {
          void this.redis.breaker.attempt("grant lock", () => lock.value!.release());
        }
      }
      await sleep(pause);
      const renewed = await this.get(key);
      if (renewed && renewed.accessToken !== current.accessToken && renewed.expiresAt > current.expiresAt) return renewed;
    }
  }

  async forget(key: string): Promise<void> {
    await this.memory.forget(key);
    await this.redis.breaker.attempt("grant forget", () => this.redis.client.del(grantRedisKey(key)));
  }

  private async renewAndStore(key: string, renew: () => Promise<HubSpotGrant>): Promise<HubSpotGrant> {
    const next = await renew();
    await this.set(key, next);
    return next;
  }

  private parse(sealed: Buffer, redisKey: string): HubSpotGrant | undefined {
    const json = this.sealer.open(sealed, redisKey);
    if (json === undefined) {
      // Another NEXTAUTH_SECRET wrote it (a rotation, or a misconfigured instance): ignore it.
      log.warn("a renewed grant in Redis could not be decrypted; is NEXTAUTH_SECRET the same on every instance?");
      return undefined;
    }
    try {
      return JSON.parse(json) as HubSpotGrant;
    } catch {
      return undefined;
    }
  }
}
