import "server-only";
import Bottleneck from "bottleneck";
import { log } from "@/lib/log";
import type { RedisLink } from "@/lib/redis/client";
import { KEY_PREFIX, portalKey } from "@/lib/redis/keys";
import { MAX_CONCURRENT, reservoirFor, searchSpacingMs } from "./limits";
import { clusterConnection } from "./cluster-connection";
import { ClusteredLimiters } from "./clustered-limiters";
import { QueueDeadlineError } from "./local-limiter";
import type { CallKind, RateBudget } from "./types";

export interface SharedBudgetOptions {
  tenSecondly: number;
  searchPerSecond: number;
  /** HubSpot call timeout: a job running longer than this plus slack belongs to a dead instance. */
  callTimeoutMs: number;
  /** A portal's limiter keys expire after this long without calls. */
  idleMs?: number;
}

// Keeps the longer of an existing and a new pause.
const EXTEND_PAUSE = `if redis.call('pttl', KEYS[1]) < tonumber(ARGV[1]) then redis.call('set', KEYS[1], '1', 'PX', ARGV[1]) end return 1`;
/** A pause is at most one 10-second window (or a Retry-After); jobs may wait that long inside. */
const LONGEST_PAUSE_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The per-portal HubSpot budget shared by every instance: Bottleneck's Redis clustering keeps one
 * reservoir (standard calls) and one spacing (search) per portal for all instances together.
 *
 * While Redis is unreachable, calls go through the in-process budget instead, and calls already
 * waiting for the shared budget move over to it, so no request waits on Redis coming back.
 */
export class RedisBudget implements RateBudget {
  private readonly connection: Bottleneck.IORedisConnection;
  private readonly standard: ClusteredLimiters;
  private readonly search: ClusteredLimiters;
  private readonly perCallMs: Record<CallKind, number>;
  private readonly jobExpirationMs: number;
  private readonly pausedUntil = new Map<string, number>();
  private readonly waiting = new Map<string, number>();

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: RateBudget,
    options: SharedBudgetOptions,
  ) {
    const reservoir = reservoirFor(options.tenSecondly);
    const spacing = searchSpacingMs(options.searchPerSecond);
    this.perCallMs = { standard: reservoir.intervalMs / reservoir.amount, search: spacing };
    this.jobExpirationMs = options.callTimeoutMs + LONGEST_PAUSE_MS + 10_000;
    this.connection = clusterConnection(redis);
    const onError = (error: unknown) => {
      log.debug({ err: error instanceof Error ? error.message : String(error) }, "shared rate budget error");
      this.redis.breaker.trip("rate budget", error);
    };
    const shared = {
      datastore: "ioredis",
      connection: this.connection,
      // Also the TTL of each portal's keys in Redis (Bottleneck renews it on every call); without it
      // a clustered limiter's keys never expire.
      timeout: options.idleMs ?? 60_000,
      maxConcurrent: MAX_CONCURRENT,
    } as const;
    // The first instance to create a limiter id fixes its settings in Redis. The settings are part of
    // the id, so a changed limit starts fresh keys instead of inheriting the old ones.
    this.standard = new ClusteredLimiters(
      {
        ...shared,
        id: `${KEY_PREFIX}:budget:standard:${reservoir.amount}per${reservoir.intervalMs}ms`,
        reservoir: reservoir.amount,
        reservoirRefreshAmount: reservoir.amount,
        reservoirRefreshInterval: reservoir.intervalMs,
        // In Redis mode the reservoir refills only when a heartbeat (default every 5 s) or a call runs.
        heartbeatInterval: Math.max(50, Math.floor(reservoir.intervalMs / 5)),
      },
      onError,
    );
    this.search = new ClusteredLimiters({ ...shared, id: `${KEY_PREFIX}:budget:search:${spacing}ms`, minTime: spacing, heartbeatInterval: 1000 }, onError);
    // Calls waiting on the shared budget must not wait for Redis to come back.
    redis.breaker.on("down", () => {
      this.standard.abandonAll();
      this.search.abandonAll();
    });
  }

  async schedule<T>(portalId: number, kind: CallKind, fn: () => Promise<T>, deadline = Infinity): Promise<T> {
    await this.redis.breaker.started();
    if (!this.redis.breaker.up) return this.memory.schedule(portalId, kind, fn, deadline);
    const key = `${portalId}:${kind}`;
    this.waiting.set(key, (this.waiting.get(key) ?? 0) + 1);
    return new Promise<T>((resolve, reject) => {
      let started = false;
      let gaveUp = false;
      // Bottleneck cannot take a job back out of the shared queue: past the deadline the caller is
      // answered at once, and the job, when its turn comes, returns without calling HubSpot.
      const timer = deadline === Infinity ? undefined : setTimeout(() => {
        if (started) return;
        gaveUp = true;
        this.leaveQueue(key);
        reject(new QueueDeadlineError());
      }, Math.max(0, deadline - Date.now()));
      timer?.unref?.();
      this.limiters(kind)
        .for(portalId)
        .schedule({ expiration: this.jobExpirationMs }, async () => {
          if (gaveUp) return undefined;
          started = true;
          clearTimeout(timer);
          this.leaveQueue(key);
          await this.waitOutPause(portalId, kind);
          return fn();
        })
        .then(
          (value) => {
            if (!gaveUp) resolve(value as T);
          },
          (error) => {
            if (gaveUp) return;
            if (started) return reject(error);
            clearTimeout(timer);
            // Refused before the call ran (Redis failed, or went away and the limiter was stopped):
            // the in-process budget takes it.
            this.leaveQueue(key);
            this.memory.schedule(portalId, kind, fn, deadline).then(resolve, reject);
          },
        );
    });
  }

  private leaveQueue(key: string): void {
    this.waiting.set(key, Math.max(0, (this.waiting.get(key) ?? 1) - 1));
  }

  pause(portalId: number, kind: CallKind, ms: number): void {
    const key = `${portalId}:${kind}`;
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, Date.now() + ms));
    this.memory.pause(portalId, kind, ms);
    void this.redis.breaker.attempt("rate pause", () => this.redis.client.eval(EXTEND_PAUSE, 1, portalKey(portalId, "pause", kind), Math.ceil(ms)));
  }

  estimatedWaitMs(portalId: number, kind: CallKind): number {
    if (!this.redis.breaker.up) return this.memory.estimatedWaitMs(portalId, kind);
    const key = `${portalId}:${kind}`;
    const pause = Math.max(0, (this.pausedUntil.get(key) ?? 0) - Date.now());
    return pause + (this.waiting.get(key) ?? 0) * this.perCallMs[kind];
  }

  /** Stops heartbeats and closes the connections (tests; a server simply exits). */
  async close(): Promise<void> {
    await Promise.all([this.standard.close(), this.search.close()]);
    await this.connection.disconnect(false);
  }

  /** Another instance may have been told to slow down: its pause holds here too. */
  private async waitOutPause(portalId: number, kind: CallKind): Promise<void> {
    const key = `${portalId}:${kind}`;
    const shared = await this.redis.breaker.attempt("rate pause", () => this.redis.client.pttl(portalKey(portalId, "pause", kind)));
    if (shared.ok && shared.value > 0) this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, Date.now() + shared.value));
    const until = this.pausedUntil.get(key) ?? 0;
    if (until > Date.now()) await sleep(until - Date.now());
  }

  private limiters(kind: CallKind): ClusteredLimiters {
    return kind === "search" ? this.search : this.standard;
  }
}
