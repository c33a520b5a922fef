import type { TargetRecord } from "../../model";
import { SEARCHABLE_TEXT_PROPERTIES } from "../catalogue";
import type { TargetStore } from "../store";
import { compileFilter, type Predicate } from "./filters";
import { SEARCH_LIMITS } from "./limits";
import type { SearchRequest } from "./schema";
import { buildSorter } from "./sort";
import { matchesQuery } from "./tokens";

export type SearchOutcome =
  | { ok: true; total: number; page: TargetRecord[]; nextAfter?: string }
  | { ok: false; message: string };

/**
 * Keyset paging (a lone `hs_object_id` GT or GTE filter) is how clients read a whole portal: 500
 * searches for 100,000 targets. The store keeps records in id order, so the matches are the live
 * records past one binary search, without testing each record (which cost 25 ms a page there).
 */
function keysetMatches(store: TargetStore, request: SearchRequest): TargetRecord[] | undefined {
  const groups = request.filterGroups ?? [];
  const filter = groups.length === 1 && groups[0].filters.length === 1 ? groups[0].filters[0] : undefined;
  if (!filter || filter.propertyName !== "hs_object_id" || (filter.operator !== "GT" && filter.operator !== "GTE") || request.query?.trim()) return undefined;
  const bound = Number(filter.value);
  return Number.isFinite(bound) ? store.liveAbove(bound, filter.operator === "GTE") : undefined;
}

/** Filter groups are ORed, the filters inside a group ANDed; archived records are never found. */
export function runSearch(store: TargetStore, request: SearchRequest): SearchOutcome {
  const groups: Predicate[][] = [];
  for (const group of request.filterGroups ?? []) {
    const compiled: Predicate[] = [];
    for (const filter of group.filters) {
      const result = compileFilter(filter);
      if (!result.ok) return { ok: false, message: result.message };
      compiled.push(result.test);
    }
    groups.push(compiled);
  }
  const sorter = buildSorter(request.sorts);
  if (!sorter.ok) return { ok: false, message: sorter.message };

  const query = request.query?.trim();
  const filtered = keysetMatches(store, request) ?? store.select(false).filter((record) => {
    if (groups.length > 0 && !groups.some((group) => group.every((test) => test(record)))) return false;
    return !query || SEARCHABLE_TEXT_PROPERTIES.some((name) => matchesQuery(record.properties[name] ?? undefined, query));
  });
  const matches = sorter.sort(filtered);

  const offset = Number(request.after || 0);
  const limit = request.limit ?? SEARCH_LIMITS.defaultLimit;
  // Only the first 10,000 results are reachable, whatever the total says.
  const reachable = Math.min(matches.length, SEARCH_LIMITS.maxResults);
  const end = Math.min(offset + limit, reachable);
  const page = matches.slice(offset, end);
  return { ok: true, total: matches.length, page, nextAfter: end < reachable && limit > 0 ? String(end) : undefined };
}
