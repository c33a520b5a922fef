"use client";

import { useQuery } from "@tanstack/react-query";
import type { GoalsDataset } from "@/lib/contracts/goals";
import { usePortal } from "./portal";
import { apiFetch } from "./api";
import { queryKeys } from "./query-keys";

/** How often to ask again while the server is still paging through a large portal. */
const LOADING_POLL_MS = 700;

/** Every goal target of the signed-in portal; polls while the server is still loading them. */
export function useGoalsDataset(archived = false) {
  const { portalId } = usePortal();
  return useQuery({
    queryKey: queryKeys.dataset(portalId, archived),
    queryFn: () => apiFetch<GoalsDataset>(`/api/goals${archived ? "?archived=true" : ""}`),
    refetchInterval: (query) => (query.state.data?.status === "loading" ? LOADING_POLL_MS : false),
  });
}
