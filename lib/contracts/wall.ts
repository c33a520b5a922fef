/**
 * The wallboard's refresh interval in seconds, shared by its page and its API: at most one HubSpot
 * load per portal per interval. The longest stays within the server cache's default stale window
 * (CACHE_TTL_SECONDS + CACHE_STALE_SECONDS), so a shared (Redis) answer outlives one interval.
 */
export const WALL_REFRESH_SECONDS = { min: 10, max: 300, default: 60 } as const;
