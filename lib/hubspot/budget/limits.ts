/** HubSpot's limits turned into limiter settings, shared by the in-process and the Redis budget. */

/**
 * Reservoir settings that keep any rolling 10-second window at or under `limit` calls. The reservoir
 * refills on a fixed cycle, so a window can see the level at its start plus every refill inside it:
 * amount × (1 + ceil(10000 / interval)) must not exceed the limit.
 */
export function reservoirFor(limit: number): { amount: number; intervalMs: number } {
  if (limit >= 22) return { amount: Math.floor(limit / 11), intervalMs: 1000 };
  return { amount: 1, intervalMs: Math.ceil(10_000 / Math.max(1, limit - 1)) };
}

/**
 * HubSpot's search limit as both budgets keep it: at most `perSecond` searches running
 * or answered in any rolling second (see LocalLimiter's `window`: counted from answers, it needs no
 * slack for delays on the way). The 10 ms cover the window's edge and clock steps.
 */
export function searchWindow(perSecond: number): { count: number; ms: number } {
  return { count: perSecond, ms: 1010 };
}

/**
 * HubSpot's 10-second limit as the shared budget keeps it: a rolling window of the reservoir's
 * size and cycle. Counted from answers, at most `amount` calls reach HubSpot in any `intervalMs`,
 * so any 10 s sees at most amount × (1 + ceil(10000 / intervalMs)), the bound reservoirFor keeps.
 */
export function standardWindow(limit: number): { count: number; ms: number } {
  const { amount, intervalMs } = reservoirFor(limit);
  return { count: amount, ms: intervalMs };
}

export const MAX_CONCURRENT = 10;
