"use client";

import { useQuery } from "@tanstack/react-query";
import type { GoalFamilyResponse } from "@/lib/contracts/goals";
import { usePortal } from "./portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/**
 * Every target of one goal (the target page's timeline). Its server render puts the answer under the same key,
 * so the first paint needs no request; `null` waits until the caller knows the goal id.
 */
export function useGoalFamily(goalId: string | null) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.goal(portalId, goalId ?? ""),
    queryFn: () => apiFetch<GoalFamilyResponse>(`/api/goals/${encodeURIComponent(goalId ?? "")}`),
    enabled: goalId !== null,
  });
}
