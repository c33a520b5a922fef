import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { serverEnv } from "@/lib/env";
import { MAX_CONCURRENT, reservoirFor, searchWindow } from "./limits";
import { LocalLimiter } from "./local-limiter";
import type { CallKind } from "./types";

/**
 * Each user's share of a portal's HubSpot budget, enforced in front of it: one user's calls may
 * take at most `share` of the portal's standard calls per second and of its concurrent calls, and
 * at most `share` of its searches at once. The rest is always left for colleagues, so a user
 * flooding Goalboard (a script, a hundred tabs) slows down only themselves: their surplus waits in
 * their own queue, or is refused with UPSTREAM_BUSY when it could not run before its deadline.
 * Kept per process; with several instances a user's requests usually stay on one of them.
 */
export class UserShare {
  private readonly standard: LocalLimiter;
  private readonly search: LocalLimiter;
  private readonly perCallMs: Record<CallKind, number>;

  constructor(tenSecondly: number, searchPerSecond: number, share: number) {
    const reservoir = reservoirFor(Math.max(2, Math.floor(tenSecondly * share)));
    this.standard = new LocalLimiter({ maxConcurrent: Math.max(1, Math.floor(MAX_CONCURRENT * share)), reservoir });
    const searches = Math.max(1, Math.floor(searchPerSecond * share));
    this.search = new LocalLimiter({ maxConcurrent: searches });
    this.perCallMs = { standard: reservoir.intervalMs / reservoir.amount, search: (searchWindow(searchPerSecond).ms / searchPerSecond) * Math.ceil(searchPerSecond / searches) };
  }

  schedule<T>(portalId: number, kind: CallKind, user: string, fn: () => Promise<T>, deadline?: number): Promise<T> {
    return this.limiter(kind).schedule(`${portalId}:${user}`, fn, deadline);
  }

  /** How long a call this user queues now would wait for its own turn. */
  estimatedWaitMs(portalId: number, kind: CallKind, user: string): number {
    return this.limiter(kind).queued(`${portalId}:${user}`) * this.perCallMs[kind];
  }

  private limiter(kind: CallKind): LocalLimiter {
    return kind === "search" ? this.search : this.standard;
  }
}

export function userShare(): UserShare {
  return processSingleton("user-share", () => {
    const env = serverEnv();
    return new UserShare(env.HUBSPOT_TEN_SECONDLY_LIMIT, env.HUBSPOT_SEARCH_PER_SECOND, env.HUBSPOT_USER_SHARE);
  });
}
