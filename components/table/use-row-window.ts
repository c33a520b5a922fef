"use client";

import { useEffect, useState } from "react";

/** Before the first measurement (server render, first paint): a screenful rather than nothing. */
const INITIAL_VIEWPORT_PX = 800;

export interface RowWindow {
  /** First row to render (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Height the spacer rows above and below stand in for. */
  before: number;
  after: number;
}

/**
 * Which rows of equal height are in view of a scrolling element, with `overscan` rows either side.
 * Every row of Goalboard's tables has one fixed height, so the arithmetic is all a virtualizer
 * needs to do here; a general-purpose one (measuring, variable sizes) cost 10 KB of gzip on
 * every page with a table. Give `ref` to the scrolling element; `element` is it once mounted.
 */
export function useRowWindow(count: number, rowHeight: number, overscan: number) {
  const [element, ref] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState({ top: 0, height: INITIAL_VIEWPORT_PX });

  useEffect(() => {
    if (!element) return;
    let frame = 0;
    // At most one read per frame, however many scroll events arrive.
    const measure = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const top = element.scrollTop;
        const height = element.clientHeight;
        setView((v) => (v.top === top && v.height === height ? v : { top, height }));
      });
    };
    measure();
    element.addEventListener("scroll", measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", measure);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [element]);

  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const first = Math.min(last, Math.max(0, Math.floor(view.top / rowHeight) - overscan));
  const window: RowWindow = { first, last, before: first * rowHeight, after: (count - last) * rowHeight };
  return { ref, element, window };
}
