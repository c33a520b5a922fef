"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * A horizontally scrolling strip that opens with its `aria-current` item in view: on a phone a
 * year of months is wider than the screen, and the period being viewed may be the last of them.
 */
export function CurrentInView({ className, label, testId, children }: { className: string; label: string; testId: string; children: React.ReactNode }) {
  const ref = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const strip = ref.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!strip || !current) return;
    const overflow = current.offsetLeft + current.offsetWidth - (strip.scrollLeft + strip.clientWidth);
    // Only scroll the strip itself: scrollIntoView would move the whole page too.
    if (overflow > 0 || current.offsetLeft < strip.scrollLeft) strip.scrollLeft = Math.max(0, current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2);
  }, []);
  return (
    <ol ref={ref} className={className} aria-label={label} data-testid={testId}>
      {children}
    </ol>
  );
}
