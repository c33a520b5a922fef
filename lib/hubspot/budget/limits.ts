/** HubSpot's limits turned into limiter settings, shared by the in-process and the Redis budget. */

/**
 * Reservoir settings that keep any rolling 10-second window at or under `limit` calls. Bottleneck
 * refills on a fixed cycle, so a window can see the level at its start plus every refill inside it:
 * amount × (1 + ceil(10000 / interval)) must not exceed the limit.
 */
export function reservoirFor(limit: number): { amount: number; intervalMs: number } {
  if (limit >= 22) return { amount: Math.floor(limit / 11), intervalMs: 1000 };
  return { amount: 1, intervalMs: Math.ceil(10_000 / Math.max(1, limit - 1)) };
}

/**
 * Spacing that keeps any rolling second at or under `perSecond` searches. The slack covers requests
 * that leave on time but reach HubSpot bunched (10 ms was too thin: the bench saw a 429 follow).
 */
export function searchSpacingMs(perSecond: number): number {
  return Math.ceil(1000 / perSecond) + 30;
}

export const MAX_CONCURRENT = 10;
