/** The two lanes HubSpot limits apart: search has a per-second limit of its own. */
export type CallKind = "standard" | "search";

/** What the HTTP layer sees: the same for one process and for instances sharing Redis. */
export interface RateBudget {
  /**
   * Runs `fn` when the portal's budget allows; queues while it does not, until `deadline` (epoch
   * ms): a call still queued then rejects with QueueDeadlineError, having spent nothing upstream.
   */
  schedule<T>(portalId: number, kind: CallKind, fn: () => Promise<T>, deadline?: number): Promise<T>;
  /** HubSpot said the window is spent (429, or no calls remaining): hold this portal's calls. */
  pause(portalId: number, kind: CallKind, ms: number): void;
  /** How long a call queued now would wait, so hopeless waits are refused up front. */
  estimatedWaitMs(portalId: number, kind: CallKind): number;
}
