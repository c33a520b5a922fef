"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApplyResponse, ChangeInput, DryRunResponse, PlanResponse, TargetHistoryResponse } from "@/lib/contracts/plan";
import { usePortal } from "./portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/** A goal's plan as HubSpot holds it now. The plan page's server render fills the first answer. */
export function usePlan(goalId: string) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.plan(portalId, goalId),
    queryFn: () => apiFetch<PlanResponse>(`/api/goals/${encodeURIComponent(goalId)}/plan`),
    // A plan is edited against the values it loaded; it refreshes when asked (after an apply), never behind the user's back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useTargetHistory(targetId: string | null) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.history(portalId, targetId ?? ""),
    queryFn: () => apiFetch<TargetHistoryResponse>(`/api/goal-targets/${encodeURIComponent(targetId ?? "")}/history`),
    enabled: targetId !== null,
  });
}

const post = <T>(path: string, body: unknown) =>
  apiFetch<T>(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

export const dryRun = (goalId: string, changes: ChangeInput[]) => post<DryRunResponse>(`/api/goals/${encodeURIComponent(goalId)}/plan/dry-run`, { changes });

export const applyChanges = (goalId: string, body: { changes: ChangeInput[]; notify: boolean; applyId: string }) =>
  post<ApplyResponse>(`/api/goals/${encodeURIComponent(goalId)}/plan/apply`, body);
