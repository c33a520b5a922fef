import { processSingleton } from "@/lib/process-singleton";
import "server-only";
import { serverEnv } from "@/lib/env";
import { sharedRedis } from "@/lib/redis/client";
import { RedisGrantStore } from "@/lib/redis/grant-store";
import type { HubSpotGrant } from "./grant";

/**
 * Where renewed grants wait until the session cookie catches up. Keys are hashes of refresh
 * tokens; entries die with the access token they hold.
 */
export interface GrantStore {
  get(key: string): Promise<HubSpotGrant | undefined>;
  set(key: string, grant: HubSpotGrant): Promise<void>;
  /**
   * Renews `current` and stores the result, once for everyone sharing this store: whoever finds
   * a renewal already under way waits for its grant instead of asking HubSpot again.
   */
  renewOnce(key: string, current: HubSpotGrant, renew: () => Promise<HubSpotGrant>): Promise<HubSpotGrant>;
  /** The user signed out: a renewed grant must not outlive the session. */
  forget(key: string): Promise<void>;
}

export class MemoryGrantStore implements GrantStore {
  private readonly grants = new Map<string, HubSpotGrant>();

  async get(key: string) {
    const grant = this.grants.get(key);
    if (grant && grant.expiresAt <= Date.now()) {
      this.grants.delete(key);
      return undefined;
    }
    return grant;
  }

  async set(key: string, grant: HubSpotGrant) {
    this.grants.set(key, grant);
    this.sweep();
  }

  // One process: token-manager already lets only one renewal per key run at a time.
  async renewOnce(key: string, _current: HubSpotGrant, renew: () => Promise<HubSpotGrant>) {
    const next = await renew();
    await this.set(key, next);
    return next;
  }

  async forget(key: string) {
    this.grants.delete(key);
  }

  private sweep() {
    const now = Date.now();
    for (const [key, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(key);
  }
}

/** Shared through Redis when REDIS_URL is set (several instances), in memory otherwise. */
export function grantStore(): GrantStore {
  return processSingleton("grants", () => {
    const redis = sharedRedis();
    const memory = new MemoryGrantStore();
    return redis ? new RedisGrantStore(redis, memory, serverEnv().NEXTAUTH_SECRET) : memory;
  });
}
