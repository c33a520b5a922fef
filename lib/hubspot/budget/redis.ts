import "server-only";
import type { RedisLink } from "@/lib/redis/client";
import { portalKey } from "@/lib/redis/keys";
import { MAX_CONCURRENT, searchWindow, standardWindow } from "./limits";
import { SharedWindow } from "./shared-window";
import type { CallKind, RateBudget } from "./types";

export interface SharedBudgetOptions {
  tenSecondly: number;
  searchPerSecond: number;
  /** HubSpot call timeout: a slot held longer than this plus slack belongs to a dead instance. */
  callTimeoutMs: number;
}

/** The portal's 429 pause for one kind of call: its window's script checks it, pause() extends it. */
const pauseKey = (portalId: number, kind: CallKind) => portalKey(portalId, "pause", kind);
// Keeps the longer of an existing and a new pause.
const EXTEND_PAUSE = `if redis.call('pttl', KEYS[1]) < tonumber(ARGV[1]) then redis.call('set', KEYS[1], '1', 'PX', ARGV[1]) end return 1`;

/**
 * The per-portal HubSpot budget shared by every instance through Redis: one rolling window for
 * standard calls and one for searches per portal, the same rules as the in-process budget's
 * search window, kept for all instances together (see SharedWindow).
 *
 * While Redis is unreachable, calls go through the in-process budget instead, and calls already
 * waiting for the shared budget move over to it, so no request waits on Redis coming back.
 */
export class RedisBudget implements RateBudget {
  private readonly windows: Record<CallKind, SharedWindow>;
  private readonly perCallMs: Record<CallKind, number>;
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: RateBudget,
    options: SharedBudgetOptions,
  ) {
    const rules = { standard: standardWindow(options.tenSecondly), search: searchWindow(options.searchPerSecond) };
    // A slot outlives the longest call by a margin; the settings are part of the keys, so a
    // changed limit starts a window of its own instead of inheriting the old one's slots.
    const leaseMs = options.callTimeoutMs + 10_000;
    const windowFor = (kind: CallKind) => {
      const { count, ms } = rules[kind];
      const name = `${count}per${ms}ms`;
      return new SharedWindow(redis, { count, ms, maxConcurrent: MAX_CONCURRENT, leaseMs }, (portalId) => ({
        slots: portalKey(portalId, "budget", kind, name, "slots"),
        running: portalKey(portalId, "budget", kind, name, "running"),
        pause: pauseKey(portalId, kind),
      }));
    };
    this.windows = { standard: windowFor("standard"), search: windowFor("search") };
    this.perCallMs = { standard: rules.standard.ms / rules.standard.count, search: rules.search.ms / rules.search.count };
    // Calls waiting on the shared budget must not wait for Redis to come back.
    redis.breaker.on("down", () => {
      this.windows.standard.abandonAll();
      this.windows.search.abandonAll();
    });
  }

  async schedule<T>(portalId: number, kind: CallKind, fn: () => Promise<T>, deadline = Infinity): Promise<T> {
    await this.redis.breaker.started();
    const inMemory = () => this.memory.schedule(portalId, kind, fn, deadline);
    if (!this.redis.breaker.up) return inMemory();
    return this.windows[kind].schedule(portalId, fn, deadline, inMemory);
  }

  pause(portalId: number, kind: CallKind, ms: number): void {
    const key = `${portalId}:${kind}`;
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, Date.now() + ms));
    this.memory.pause(portalId, kind, ms);
    this.windows[kind].hold(portalId, ms);
    void this.redis.breaker.attempt("rate pause", () => this.redis.client.eval(EXTEND_PAUSE, 1, pauseKey(portalId, kind), Math.ceil(ms)));
  }

  estimatedWaitMs(portalId: number, kind: CallKind): number {
    if (!this.redis.breaker.up) return this.memory.estimatedWaitMs(portalId, kind);
    const pause = Math.max(0, (this.pausedUntil.get(`${portalId}:${kind}`) ?? 0) - Date.now());
    return pause + this.windows[kind].queued(portalId) * this.perCallMs[kind];
  }

  /** Stops the queues' timers (tests; a server simply exits). */
  close(): void {
    this.windows.standard.close();
    this.windows.search.close();
  }
}
