import "server-only";
import type { PageLoad, Settled } from "@/lib/contracts/page-load";
import { toAppError } from "./app-error";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Starts a page's data load and waits for it at most PAGE_HOLD_MS, so the page never holds its
 * first byte longer than that on HubSpot: what comes later is streamed (components/shell/page-answer.tsx).
 */
export async function loadForPage<T>(load: () => Promise<T>, requestId: string): Promise<PageLoad<T>> {
  const later = load().then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => {
      const appError = toAppError(error, requestId);
      if (appError.code !== "NOT_FOUND") log.warn({ requestId, code: appError.code }, "page data not loaded; the page explains and offers a retry");
      return { ok: false, error: appError };
    },
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hold = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), serverEnv().PAGE_HOLD_MS)));
  const early = await Promise.race([later, hold]);
  clearTimeout(timer);
  return { early, later };
}

/** The value when the load succeeded in time; for metadata, which never waits longer than the page. */
export function earlyValue<T>(load: PageLoad<T>): T | null {
  return load.early?.ok ? load.early.value : null;
}
