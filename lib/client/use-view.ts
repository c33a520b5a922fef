"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { ViewBase } from "@/lib/goals/views/answer";
import { WINDOW_ROWS } from "@/lib/goals/views/answer";
import { usePortal } from "@/lib/client/portal";
import { apiFetch } from "./api";
import { queryKeys, type ViewKind } from "./query-keys";

/** How often to ask again while the server is still paging through a cold portal. */
const LOADING_POLL_MS = 700;

const VIEW_PATHS: Record<ViewKind, string> = { goals: "/api/views/goals", targets: "/api/views/targets", timeline: "/api/views/timeline" };

export function viewUrl(kind: ViewKind, query: string, extra: Record<string, number | undefined>): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return `${VIEW_PATHS[kind]}${text ? `?${text}` : ""}`;
}

/** The goals a held view was computed over, at its moment. */
interface Hold {
  query: string;
  upTo: number;
  at: number;
}

/**
 * A view's answer for its state (`query`, from useViewState): the server's rows of the first window,
 * its counts and series. The previous answer stays on screen while the next one arrives.
 *
 * While a cold load runs, the answer grows as goals complete, and follows it by itself until the
 * reader starts using the view (`hold`): from then on it stays as it is, and `more` says how many
 * goals have completed since, until the reader asks for them (`release`) or changes the view.
 */
export function useView<A extends ViewBase>(kind: ViewKind, query: string) {
  const { portalId } = usePortal();
  const client = useQueryClient();
  const [held, setHeld] = useState<Hold | null>(null);
  const hold = held?.query === query ? held : null;
  const latest = useQuery({
    queryKey: queryKeys.view(portalId, kind, query),
    queryFn: () => apiFetch<A>(viewUrl(kind, query, { limit: kind === "timeline" ? undefined : WINDOW_ROWS })),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.load.state === "loading" ? LOADING_POLL_MS : false),
  });
  const kept = useQuery({
    queryKey: queryKeys.view(portalId, kind, query, "held", hold?.upTo, hold?.at),
    queryFn: () => apiFetch<A>(viewUrl(kind, query, { limit: kind === "timeline" ? undefined : WINDOW_ROWS, upTo: hold!.upTo, at: hold!.at })),
    enabled: hold !== null,
    staleTime: Infinity,
  });
  const shown = hold ? kept : latest;
  const data = latest.data;
  const holdView = useCallback(() => {
    if (hold || !data || data.load.state !== "loading" || latest.isPlaceholderData) return;
    client.setQueryData(queryKeys.view(portalId, kind, query, "held", data.upTo, data.at), data);
    setHeld({ query, upTo: data.upTo, at: data.at });
  }, [hold, data, latest.isPlaceholderData, client, portalId, kind, query]);
  const release = useCallback(() => setHeld(null), []);
  const more = hold && data ? { goals: Math.max(0, (data.load.state === "loading" ? data.load.goalsReady : data.upTo) - hold.upTo), complete: data.load.state === "ready" } : null;
  return { shown, latest, hold: holdView, release, more };
}
