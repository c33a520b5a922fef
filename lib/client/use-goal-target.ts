"use client";

import { useQuery } from "@tanstack/react-query";
import type { TargetResponse } from "@/lib/contracts/goals";
import { usePortal } from "./portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/** One goal target with every property HubSpot returns; prefilled by the target page's server render. */
export function useGoalTarget(targetId: string) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.target(portalId, targetId),
    queryFn: () => apiFetch<TargetResponse>(`/api/goal-targets/${encodeURIComponent(targetId)}`),
  });
}
