import type { AppError } from "./errors";

/** How a page's data load ended: its value, or the error the page explains. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A page's data: in hand if HubSpot answered within the page's hold budget, else still coming. */
export interface PageLoad<T> {
  /** The outcome, when it came within PAGE_HOLD_MS; null: the page streams it. */
  early: Settled<T> | null;
  /** The outcome, whenever it comes (at the latest at the request's deadline). */
  later: Promise<Settled<T>>;
}
