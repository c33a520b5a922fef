import { processSingleton } from "@/lib/process-singleton";
import "server-only";
import { serverEnv } from "@/lib/env";
import { sharedRedis } from "@/lib/redis/client";
import { type CallKind, MAX_CONCURRENT, reservoirFor, searchSpacingMs } from "./budget-limits";
import { LocalLimiter } from "./local-limiter";
import { RedisBudget } from "./redis-budget";

export { type CallKind, MAX_CONCURRENT, reservoirFor, searchSpacingMs } from "./budget-limits";

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

/** One process's budget: the embedded default, and what the shared budget falls back to. */
export class MemoryBudget implements RateBudget {
  private readonly standard: LocalLimiter;
  private readonly search: LocalLimiter;
  private readonly reservoir: { amount: number; intervalMs: number };
  private readonly spacing: number;
  private readonly pausedUntil = new Map<string, number>();

  constructor(tenSecondly: number, searchPerSecond: number) {
    this.reservoir = reservoirFor(tenSecondly);
    this.spacing = searchSpacingMs(searchPerSecond);
    this.standard = new LocalLimiter({ maxConcurrent: MAX_CONCURRENT, reservoir: this.reservoir });
    this.search = new LocalLimiter({ maxConcurrent: MAX_CONCURRENT, minTimeMs: this.spacing });
  }

  schedule<T>(portalId: number, kind: CallKind, fn: () => Promise<T>, deadline?: number): Promise<T> {
    return this.limiter(kind).schedule(String(portalId), fn, deadline);
  }

  pause(portalId: number, kind: CallKind, ms: number): void {
    const key = `${portalId}:${kind}`;
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, Date.now() + ms));
    this.limiter(kind).hold(String(portalId), ms);
  }

  estimatedWaitMs(portalId: number, kind: CallKind): number {
    const queued = this.limiter(kind).queued(String(portalId));
    const pause = Math.max(0, (this.pausedUntil.get(`${portalId}:${kind}`) ?? 0) - Date.now());
    const perCall = kind === "search" ? this.spacing : this.reservoir.intervalMs / this.reservoir.amount;
    return pause + queued * perCall;
  }

  private limiter(kind: CallKind): LocalLimiter {
    return kind === "search" ? this.search : this.standard;
  }
}

/** Shared by every instance through Redis when REDIS_URL is set, per process otherwise. */
export function portalBudget(): RateBudget {
  return processSingleton("budget", () => {
    const env = serverEnv();
    const memory = new MemoryBudget(env.HUBSPOT_TEN_SECONDLY_LIMIT, env.HUBSPOT_SEARCH_PER_SECOND);
    const redis = sharedRedis();
    return redis
      ? new RedisBudget(redis, memory, { tenSecondly: env.HUBSPOT_TEN_SECONDLY_LIMIT, searchPerSecond: env.HUBSPOT_SEARCH_PER_SECOND, callTimeoutMs: env.HUBSPOT_TIMEOUT_MS })
      : memory;
  });
}
