import type { TargetRecord } from "../../model";
import { SEARCHABLE_TEXT_PROPERTIES } from "../catalogue";
import type { IdBound, TargetStore } from "../store";
import { compileFilter, type Predicate } from "./filters";
import { SEARCH_LIMITS } from "./limits";
import type { SearchRequest } from "./schema";
import { buildSorter } from "./sort";
import { matchesQuery } from "./tokens";

export type SearchOutcome =
  | { ok: true; total: number; page: TargetRecord[]; nextAfter?: string }
  | { ok: false; message: string };

/**
 * Keyset paging (filters on `hs_object_id` alone: GT/GTE, LT/LTE, or one of each) is how clients
 * read a whole portal, 500 searches for 100,000 targets, from the low end, the high end or both.
 * The store keeps records in id order, so the matches are the live records between two binary
 * searches, without testing each record (which cost 25 ms a page there).
 */
function keysetMatches(store: TargetStore, request: SearchRequest): TargetRecord[] | undefined {
  const groups = request.filterGroups ?? [];
  const filters = groups.length === 1 ? groups[0].filters : [];
  if (filters.length === 0 || filters.length > 2 || request.query?.trim()) return undefined;
  let lower: IdBound | undefined;
  let upper: IdBound | undefined;
  for (const filter of filters) {
    const id = Number(filter.value);
    if (filter.propertyName !== "hs_object_id" || !Number.isFinite(id)) return undefined;
    if ((filter.operator === "GT" || filter.operator === "GTE") && !lower) lower = { id, inclusive: filter.operator === "GTE" };
    else if ((filter.operator === "LT" || filter.operator === "LTE") && !upper) upper = { id, inclusive: filter.operator === "LTE" };
    else return undefined;
  }
  return store.liveBetween(lower, upper);
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
