import "server-only";
import type { AppError } from "@/lib/api/errors";
import { toAppError } from "@/lib/api/handler";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";

export type Settled<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A page's data: in hand if HubSpot answered within the page's hold budget, else still coming. */
export interface PageLoad<T> {
  /** The outcome, when it came within PAGE_HOLD_MS; null: the page streams it. */
  early: Settled<T> | null;
  /** The outcome, whenever it comes (at the latest at the request's deadline). */
  later: Promise<Settled<T>>;
}

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
