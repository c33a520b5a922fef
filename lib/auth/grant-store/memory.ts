import type { HubSpotGrant } from "../grant";
import type { GrantStore } from "./types";

/** One process's grants: the embedded default, and what the shared store falls back to. */
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
