import "server-only";
import Bottleneck from "bottleneck";
import { serverEnv } from "@/lib/env";

export type CallKind = "standard" | "search";

/**
 * Reservoir settings that keep any rolling 10-second window at or under `limit` calls. Bottleneck
 * refills on a fixed cycle, so a window can see the level at its start plus every refill inside it:
 * amount × (1 + ceil(10000 / interval)) must not exceed the limit.
 */
export function reservoirFor(limit: number): { amount: number; intervalMs: number } {
  if (limit >= 22) return { amount: Math.floor(limit / 11), intervalMs: 1000 };
  return { amount: 1, intervalMs: Math.ceil(10_000 / Math.max(1, limit - 1)) };
}

/** Spacing that keeps any rolling second at or under `perSecond` searches, with a little slack. */
export function searchSpacingMs(perSecond: number): number {
  return Math.ceil(1000 / perSecond) + 10;
}

const MAX_CONCURRENT = 10;

class PortalBudget {
  private readonly standard: Bottleneck.Group;
  private readonly search: Bottleneck.Group;
  private readonly reservoir: { amount: number; intervalMs: number };
  private readonly spacing: number;
  private readonly pausedUntil = new Map<string, number>();

  constructor(tenSecondly: number, searchPerSecond: number) {
    this.reservoir = reservoirFor(tenSecondly);
    this.spacing = searchSpacingMs(searchPerSecond);
    this.standard = new Bottleneck.Group({
      maxConcurrent: MAX_CONCURRENT,
      reservoir: this.reservoir.amount,
      reservoirRefreshAmount: this.reservoir.amount,
      reservoirRefreshInterval: this.reservoir.intervalMs,
    });
    this.search = new Bottleneck.Group({ maxConcurrent: MAX_CONCURRENT, minTime: this.spacing });
  }

  /** Runs `fn` when the portal's budget allows; queues (never fails) while it does not. */
  schedule<T>(portalId: number, kind: CallKind, fn: () => Promise<T>): Promise<T> {
    const key = `${portalId}:${kind}`;
    return this.group(kind)
      .key(String(portalId))
      .schedule(async () => {
        const until = this.pausedUntil.get(key) ?? 0;
        if (until > Date.now()) await new Promise((r) => setTimeout(r, until - Date.now()));
        return fn();
      });
  }

  /** HubSpot said the window is spent (429, or no calls remaining): hold this portal's calls. */
  pause(portalId: number, kind: CallKind, ms: number): void {
    const key = `${portalId}:${kind}`;
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, Date.now() + ms));
  }

  /** How long a call queued now would wait, so hopeless waits are refused up front. */
  estimatedWaitMs(portalId: number, kind: CallKind): number {
    const limiter = this.group(kind).key(String(portalId));
    const queued = limiter.counts().QUEUED ?? 0;
    const pause = Math.max(0, (this.pausedUntil.get(`${portalId}:${kind}`) ?? 0) - Date.now());
    const perCall = kind === "search" ? this.spacing : this.reservoir.intervalMs / this.reservoir.amount;
    return pause + queued * perCall;
  }

  private group(kind: CallKind): Bottleneck.Group {
    return kind === "search" ? this.search : this.standard;
  }
}

let budget: PortalBudget | undefined;

export function portalBudget(): PortalBudget {
  if (!budget) {
    const env = serverEnv();
    budget = new PortalBudget(env.HUBSPOT_TEN_SECONDLY_LIMIT, env.HUBSPOT_SEARCH_PER_SECOND);
  }
  return budget;
}
