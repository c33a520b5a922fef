import "server-only";
import type { HubSpotGrant } from "@/lib/auth/grant";
import type { GrantStore } from "@/lib/auth/grant-store";
import { log } from "@/lib/log";
import type { RedisLink } from "./client";
import { grantRedisKey } from "./keys";
import { Sealer } from "./seal";

/**
 * Renewed grants shared by every instance, so a user whose token one instance renewed is not
 * renewed again by the next instance the load balancer picks. Grants are sealed (AES-256-GCM) and
 * expire in Redis with their access token. Memory keeps a copy of every grant this process saw, and
 * answers alone while Redis is away.
 */
export class RedisGrantStore implements GrantStore {
  private readonly sealer: Sealer;

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: GrantStore,
    secret: string,
  ) {
    this.sealer = new Sealer(secret, "renewed-grants-v1");
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
