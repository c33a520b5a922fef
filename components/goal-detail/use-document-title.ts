"use client";

import { useEffect } from "react";

/** The root layout's title template, "%s · Goalboard". */
const SUFFIX = " · Goalboard";

/**
 * Keeps the tab's title naming what the page shows. The server sets it for a direct visit; after a
 * click, Next reuses the head it prefetched, whose title is generic (see `pageIsRendering`).
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title}${SUFFIX}`;
  }, [title]);
}
