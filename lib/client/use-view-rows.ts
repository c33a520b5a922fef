"use client";

import { useQueries } from "@tanstack/react-query";
import type { ViewBase } from "@/lib/goals/views/answer";
import { WINDOW_ROWS } from "@/lib/goals/views/answer";
import { usePortal } from "@/lib/client/portal";
import { apiFetch } from "./api";
import { queryKeys, type ViewKind } from "./query-keys";
import { viewUrl } from "./use-view";

// Apart from use-view.ts: the timeline has no windowed rows, and this brings React Query's
// many-queries observer (bench section 4: 1.5 KiB gzip of the timeline's first-load JS).

/**
 * The rows of a windowed list (goal list, /targets): the first window comes with the view's answer,
 * the others are asked for as they scroll into `range`, at the same moment and over the same goals.
 */
export function useViewRows<A extends ViewBase & { items: T[] }, T>(kind: ViewKind, query: string, head: A | undefined, ready: boolean, range: { first: number; last: number }) {
  const { portalId } = usePortal();
  const windows: number[] = [];
  if (head && ready) for (let n = Math.max(1, Math.floor(range.first / WINDOW_ROWS)); n * WINDOW_ROWS < range.last; n++) windows.push(n);
  const answers = useQueries({
    queries: windows.map((n) => ({
      queryKey: queryKeys.view(portalId, kind, query, "window", n, head?.at, head?.upTo),
      queryFn: () => apiFetch<A>(viewUrl(kind, query, { offset: n * WINDOW_ROWS, limit: WINDOW_ROWS, at: head!.at, upTo: head!.upTo })),
      staleTime: Infinity,
    })),
  });
  return (index: number): T | undefined => {
    if (index < WINDOW_ROWS) return head?.items[index];
    const at = windows.indexOf(Math.floor(index / WINDOW_ROWS));
    return at < 0 ? undefined : answers[at].data?.items[index % WINDOW_ROWS];
  };
}
