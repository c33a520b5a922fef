import type { HubSpotGrant } from "../grant";

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
