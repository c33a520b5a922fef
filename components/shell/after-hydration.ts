"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * Whether this tab's page has hydrated. Module state on purpose: it only changes once, in the
 * browser, and the server never runs effects, so every server render sees false.
 */
let hydrated = false;

/** Called once from the root providers: any later mount is a client-side navigation. */
export function useMarkHydrated(): void {
  useEffect(() => {
    hydrated = true;
    // For CSS (the until-hydrated variant in app/globals.css): content it holds back appears in
    // the next frame, without waiting for a render.
    document.documentElement.dataset.hydrated = "";
  }, []);
}

/**
 * False during the server render and the hydration that must match it; true from the commit after,
 * set in a transition so the extra rendering it unlocks yields to input. On a client-side navigation
 * it is true from the first render.
 */
export function useAfterHydration(): boolean {
  const [after, setAfter] = useState(hydrated);
  useEffect(() => {
    if (!after) startTransition(() => setAfter(true));
  }, [after]);
  return after;
}
