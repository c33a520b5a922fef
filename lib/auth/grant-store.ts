import "server-only";
import type { HubSpotGrant } from "./grant";

/**
 * Where renewed grants wait until the session cookie catches up. Keys are hashes of refresh
 * tokens; entries die with the access token they hold.
 */
export interface GrantStore {
  get(key: string): Promise<HubSpotGrant | undefined>;
  set(key: string, grant: HubSpotGrant): Promise<void>;
}

class MemoryGrantStore implements GrantStore {
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

  private sweep() {
    const now = Date.now();
    for (const [key, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(key);
  }
}

let store: GrantStore | undefined;

export function grantStore(): GrantStore {
  store ??= new MemoryGrantStore();
  return store;
}
