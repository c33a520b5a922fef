"use client";

import { useQuery } from "@tanstack/react-query";
import type { WallSnapshot } from "@/lib/contracts/goals";
import { usePortal } from "./portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/**
 * The wallboard's data, asked for again every `refreshSeconds` for as long as the screen is on.
 * No retries: the server renews from HubSpot at most once per interval anyway, and a failure keeps
 * the last data on screen (marked stale) until the next interval.
 */
export function useWallSnapshot(refreshSeconds: number, goals: readonly string[], types: readonly string[]) {
  const { portalId } = usePortal();
  const query = new URLSearchParams({ refresh: String(refreshSeconds) });
  if (goals.length) query.set("goals", goals.join(","));
  if (types.length) query.set("types", types.join(","));
  const search = query.toString();
  return useQuery({
    queryKey: queryKeys.wall(portalId, search),
    queryFn: () => apiFetch<WallSnapshot>(`/api/wall?${search}`),
    refetchInterval: refreshSeconds * 1000,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: false,
    // A failed refresh keeps the previous data on screen; the banner says it is stale.
    placeholderData: (previous) => previous,
  });
}
