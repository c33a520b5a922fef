import { MAX_CONCURRENT, reservoirFor, searchWindow } from "./limits";
import { LocalLimiter } from "./local-limiter";
import type { CallKind, RateBudget } from "./types";

/** One process's budget: the embedded default, and what the shared budget falls back to. */
export class MemoryBudget implements RateBudget {
  private readonly standard: LocalLimiter;
  private readonly search: LocalLimiter;
  private readonly reservoir: { amount: number; intervalMs: number };
  /** The average time per search the window allows, for wait estimates. */
  private readonly perSearchMs: number;
  private readonly pausedUntil = new Map<string, number>();

  constructor(tenSecondly: number, searchPerSecond: number) {
    this.reservoir = reservoirFor(tenSecondly);
    const window = searchWindow(searchPerSecond);
    this.perSearchMs = window.ms / window.count;
    this.standard = new LocalLimiter({ maxConcurrent: MAX_CONCURRENT, reservoir: this.reservoir });
    this.search = new LocalLimiter({ maxConcurrent: MAX_CONCURRENT, window });
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
    const perCall = kind === "search" ? this.perSearchMs : this.reservoir.intervalMs / this.reservoir.amount;
    return pause + queued * perCall;
  }

  private limiter(kind: CallKind): LocalLimiter {
    return kind === "search" ? this.search : this.standard;
  }
}
