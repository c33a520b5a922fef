"use client";

import { useEffect, useRef, useState } from "react";

interface Props {
  /** Holds the place until then, at the drawing's size so nothing moves; left out of print. */
  placeholder: React.ReactNode;
  children: React.ReactNode;
}

/**
 * Renders `children` once any of their place is on screen, never on the server. For
 * a costly drawing whose figures the page also gives in words (a table beside it): the page is
 * usable before it is drawn, and a reader who never scrolls to it never pays for it.
 */
export function WhenOnScreen({ placeholder, children }: Props) {
  const [onScreen, setOnScreen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (onScreen || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setOnScreen(true));
    observer.observe(element);
    return () => observer.disconnect();
  }, [onScreen]);
  if (onScreen) return children;
  return (
    <div ref={box} className="print:hidden" data-testid="on-screen-placeholder">
      {placeholder}
    </div>
  );
}
