/** HubSpot's OAuth grant as Goalboard keeps it server-side. */
export interface HubSpotGrant {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms at which HubSpot stops accepting the access token. */
  expiresAt: number;
  /** Lifetime HubSpot gave the token, in seconds (1800 today; always honour what it says). */
  expiresIn: number;
}

/**
 * Refresh ahead of expiry so no request races the deadline: the last sixth of the lifetime,
 * at most five minutes (HubSpot's 30-minute tokens are refreshed after 25 minutes).
 */
export function refreshMarginMs(grant: Pick<HubSpotGrant, "expiresIn">): number {
  return Math.min(5 * 60_000, (grant.expiresIn * 1000) / 6);
}

export function needsRefresh(grant: HubSpotGrant, now = Date.now()): boolean {
  return grant.expiresAt - now <= refreshMarginMs(grant);
}
