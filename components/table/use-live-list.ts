"use client";

import { useEffect } from "react";
import type { ViewBase } from "@/lib/goals/views/answer";
import type { ViewKind } from "@/lib/client/query-keys";
import type { useView } from "@/lib/client/use-view";
import { useViewRows } from "@/lib/client/use-view-rows";
import { useRowWindow } from "./use-row-window";

/**
 * A windowed list on screen: which rows are in view, each row from the window of the server's
 * answer it falls in. A new view (filter, sort) starts at the top; scrolling a list that is still
 * growing through a cold load holds it as it is (see useView).
 *
 * With `cardHeight`, the list is also drawn as cards (a phone's layout, chosen by the stylesheet,
 * so the server's HTML is right for either), with their own window; only the layout on screen has
 * rows in its window.
 */
export function useLiveList<A extends ViewBase & { items: T[] }, T>(
  kind: ViewKind,
  query: string,
  view: ReturnType<typeof useView<A>>,
  count: number,
  rowHeight: number,
  cardHeight?: number,
) {
  const table = useRowWindow(count, rowHeight, 12);
  const cards = useRowWindow(cardHeight ? count : 0, cardHeight ?? rowHeight, 6);
  const { shown, hold } = view;
  const ranges = [table.window, cards.window].filter((w) => w.last > w.first);
  const range = ranges.length ? { first: Math.min(...ranges.map((w) => w.first)), last: Math.max(...ranges.map((w) => w.last)) } : { first: 0, last: 0 };
  const rowAt = useViewRows<A, T>(kind, query, shown.data, !shown.isPlaceholderData, range);
  const element = table.element;
  useEffect(() => {
    element?.scrollTo({ top: 0 });
  }, [query, element]);
  // Scrolled into, in its own box or down the page: the reader is reading.
  useEffect(() => {
    const lists = [element, cards.element].filter((e) => e !== null);
    const onScroll = () => lists.some((list) => list.scrollTop > 0 || list.getBoundingClientRect().top < 0) && hold();
    for (const list of lists) list.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      for (const list of lists) list.removeEventListener("scroll", onScroll);
      window.removeEventListener("scroll", onScroll);
    };
  }, [element, cards.element, hold]);
  return { ref: table.ref, window: table.window, cards: { ref: cards.ref, window: cards.window }, rowAt };
}
