"use client";

import { useQuery } from "@tanstack/react-query";
import type { FilterOptions } from "@/lib/goals/views/portal";
import { usePortal } from "@/lib/client/portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/**
 * What the filter menus offer, asked for apart from the rows: it changes with the portal's data,
 * not with the filters, and the page needs none of it until a menu opens.
 */
export function useFilterOptions(archived: boolean, enabled: boolean) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.filterOptions(portalId, archived),
    queryFn: () => apiFetch<FilterOptions & { complete: boolean }>(`/api/views/options${archived ? "?archived=true" : ""}`),
    // While a cold load adds goals, ask again each time a menu is drawn.
    staleTime: (query) => (query.state.data?.complete === false ? 0 : 30_000),
    enabled,
  });
}
