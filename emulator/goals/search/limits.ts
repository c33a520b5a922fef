import type { SearchRequest } from "./schema";

/** HubSpot's documented search limits (the CRM search guide; the spec and SDK README disagree). */
export const SEARCH_LIMITS = {
  maxGroups: 5,
  maxFiltersPerGroup: 6,
  maxFilters: 18,
  defaultLimit: 10,
  maxLimit: 200,
  maxResults: 10_000,
  maxQueryLength: 3_000,
} as const;

/** Returns the reason a search is refused, or null when it is within limits. */
export function checkSearchLimits(request: SearchRequest): string | null {
  const groups = request.filterGroups ?? [];
  if (groups.length > SEARCH_LIMITS.maxGroups) {
    return `Too many filter groups: ${groups.length}. A search may have at most ${SEARCH_LIMITS.maxGroups} filterGroups.`;
  }
  const crowded = groups.findIndex((group) => group.filters.length > SEARCH_LIMITS.maxFiltersPerGroup);
  if (crowded >= 0) {
    return `Too many filters in filterGroups[${crowded}]: ${groups[crowded].filters.length}. A filter group may have at most ${SEARCH_LIMITS.maxFiltersPerGroup} filters.`;
  }
  const total = groups.reduce((sum, group) => sum + group.filters.length, 0);
  if (total > SEARCH_LIMITS.maxFilters) {
    return `Too many filters: ${total}. A search may have at most ${SEARCH_LIMITS.maxFilters} filters in all.`;
  }
  const limit = request.limit ?? SEARCH_LIMITS.defaultLimit;
  if (limit < 0 || limit > SEARCH_LIMITS.maxLimit) {
    return `Invalid limit: ${limit}. limit must be between 0 and ${SEARCH_LIMITS.maxLimit}.`;
  }
  if (request.after !== undefined && request.after !== "" && !/^\d+$/.test(request.after)) {
    return `Invalid after: ${request.after}. after must be an integer taken from paging.next.after.`;
  }
  if (Number(request.after ?? 0) >= SEARCH_LIMITS.maxResults) {
    return `Cannot page beyond ${SEARCH_LIMITS.maxResults} results: after=${request.after}. Narrow the search with filters instead.`;
  }
  if ((request.query?.length ?? 0) > SEARCH_LIMITS.maxQueryLength) {
    return `query is too long: ${request.query!.length} characters. The maximum is ${SEARCH_LIMITS.maxQueryLength}.`;
  }
  return null;
}
