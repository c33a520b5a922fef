"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { LeaderboardAnswer, WallChoices } from "@/lib/goals/views/leaderboard-state";
import { apiFetch } from "./api";
import { usePortal } from "./portal";
import { queryKeys } from "./query-keys";

/** How often to ask again while the server is still paging through a cold portal. */
const LOADING_POLL_MS = 700;

const whileLoading = (q: { state: { data?: { load: { state: string } } } }) => (q.state.data?.load.state === "loading" ? LOADING_POLL_MS : false);

/** /leaderboard's answer for its state (`query`, from useViewState); the previous board stays on screen while the next arrives. */
export function useLeaderboard(query: string) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.leaderboard(portalId, query),
    queryFn: () => apiFetch<LeaderboardAnswer>(`/api/views/leaderboard${query ? `?${query}` : ""}`),
    placeholderData: keepPreviousData,
    refetchInterval: whileLoading,
  });
}

/** What the wallboard's setup offers: live goals and goal types. */
export function useWallChoices() {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.wallChoices(portalId),
    queryFn: () => apiFetch<WallChoices>("/api/views/wall-choices"),
    refetchInterval: whileLoading,
  });
}
