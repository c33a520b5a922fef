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
 * Spacing that keeps any rolling second at or under `perSecond` searches, for the shared budget
 * (Bottleneck spaces calls; it has no rolling window). The slack covers requests that leave on
 * time but reach HubSpot bunched (10 ms was too thin: the bench saw a 429 follow).
 */
export function searchSpacingMs(perSecond: number): number {
  return Math.ceil(1000 / perSecond) + 30;
}

/**
 * HubSpot's search limit as the in-process budget keeps it: at most `perSecond` searches running
 * or answered in any rolling second (see LocalLimiter's `window`: counted from answers, it needs no
 * slack for delays on the way). The 10 ms cover the window's edge and clock steps.
 */
export function searchWindow(perSecond: number): { count: number; ms: number } {
  return { count: perSecond, ms: 1010 };
}

export const MAX_CONCURRENT = 10;
