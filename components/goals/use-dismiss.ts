"use client";

import { type RefObject, useEffect } from "react";

/**
 * Closes an open popup on a pointer press outside `root` or on Escape. Escape hands focus back to
 * `trigger`, so a keyboard user is not left on an element that just disappeared.
 */
export function useDismiss(root: RefObject<HTMLElement | null>, trigger: RefObject<HTMLElement | null>, open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      close();
      trigger.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [root, trigger, open, close]);
}
