"use client";

import { useEffect } from "react";
import type { ViewBase } from "@/lib/goals/views/answer";
import type { ViewKind } from "@/lib/client/query-keys";
import { useViewRows, type useView } from "@/lib/client/use-view";
import { useRowWindow } from "./use-row-window";

/**
 * A windowed list on screen: which rows are in view, each row from the window of the server's
 * answer it falls in. A new view (filter, sort) starts at the top; scrolling a list that is still
 * growing through a cold load holds it as it is (see useView).
 */
export function useLiveList<A extends ViewBase & { items: T[] }, T>(kind: ViewKind, query: string, view: ReturnType<typeof useView<A>>, count: number, rowHeight: number) {
  const { ref, element, window } = useRowWindow(count, rowHeight, 12);
  const { shown, hold } = view;
  const rowAt = useViewRows<A, T>(kind, query, shown.data, !shown.isPlaceholderData, window);
  useEffect(() => {
    element?.scrollTo({ top: 0 });
  }, [query, element]);
  useEffect(() => {
    if (!element) return;
    const onScroll = () => element.scrollTop > 0 && hold();
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => element.removeEventListener("scroll", onScroll);
  }, [element, hold]);
  return { ref, window, rowAt };
}
