"use client";

import { useQuery } from "@tanstack/react-query";
import type { GoalPageAnswer } from "@/lib/goals/views/goal-page-state";
import { apiFetch } from "./api";
import { usePortal } from "./portal";
import { queryKeys } from "./query-keys";

/** The goal page's answer for its view state (`query`, from useViewState); the previous view of the same goal stays on screen while the next arrives. */
export function useGoalPage(goalId: string, query: string) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.goalPage(portalId, goalId, query),
    queryFn: () => apiFetch<GoalPageAnswer>(`/api/views/goal/${encodeURIComponent(goalId)}${query ? `?${query}` : ""}`),
    // Only this goal's previous view: another goal's figures must never stand in for this one's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === goalId ? previous : undefined),
  });
}
