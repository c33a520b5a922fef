"use client";

import { useEffect } from "react";

/** The root layout's title template, "%s · Goalboard". */
const SUFFIX = " · Goalboard";

/**
 * Keeps the tab's title naming what the page shows, also when the view is rendered from the
 * browser's cache after an in-app navigation rather than from a fresh server response.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title}${SUFFIX}`;
  }, [title]);
}
