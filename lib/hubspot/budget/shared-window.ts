import "server-only";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { RedisLink } from "@/lib/redis/client";
import { invoke, leaveAtDeadline } from "./local-limiter";

/**
 * Takes a slot if the window has room. KEYS: the window's slots (slot -> until when it counts),
 * the running slots (slot -> when its lease ends), the pause key. ARGV: count, window ms, most
 * running at once, lease ms, slot id. Answers 0 when the slot is taken, else how long to wait
 * before asking again (-1: until a running call is answered). Redis's clock, one for all instances.
 */
const ACQUIRE = `
local slots, running, pause = KEYS[1], KEYS[2], KEYS[3]
local count, ms, concurrent, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local held = redis.call('PTTL', pause)
if held > 0 then return held end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
redis.call('ZREMRANGEBYSCORE', running, '-inf', now)
if redis.call('ZCARD', running) >= concurrent then return -1 end
if redis.call('ZCARD', slots) >= count then
  local first = redis.call('ZRANGE', slots, 0, 0, 'WITHSCORES')
  if redis.call('ZSCORE', running, first[1]) then return -1 end
  return math.max(1, tonumber(first[2]) - now)
end
redis.call('ZADD', slots, now + lease, ARGV[5])
redis.call('ZADD', running, now + lease, ARGV[5])
redis.call('PEXPIRE', slots, lease + ms)
redis.call('PEXPIRE', running, lease)
return 0`;

/**
 * Gives a slot back. KEYS: slots, running. ARGV: slot id, window ms, lease ms, "1" when the call
 * went out (it counts for `ms` from now, its answer) or "0" when it never did (it counts no more).
 */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[4] == '1' then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) + tonumber(ARGV[2]))
else
  redis.call('ZREM', KEYS[1], ARGV[1])
end
return 1`;

type WindowCommands = Redis & {
  goalboardWindowAcquire(slots: string, running: string, pause: string, count: number, ms: number, concurrent: number, leaseMs: number, slot: string): Promise<number>;
  goalboardWindowRelease(slots: string, running: string, slot: string, ms: number, leaseMs: number, used: "1" | "0"): Promise<number>;
};

function withWindowCommands(client: Redis): WindowCommands {
  // ioredis sends EVALSHA and falls back to EVAL when Redis restarted without the script.
  if (!("goalboardWindowAcquire" in client)) {
    client.defineCommand("goalboardWindowAcquire", { numberOfKeys: 3, lua: ACQUIRE });
    client.defineCommand("goalboardWindowRelease", { numberOfKeys: 2, lua: RELEASE });
  }
  return client as WindowCommands;
}

export interface SharedWindowRule {
  /** At most `count` calls running or answered within the last `ms`, across every instance. */
  count: number;
  ms: number;
  /** At most this many calls running at once. */
  maxConcurrent: number;
  /** A running slot whose answer never came (its instance died) stops counting after this long. */
  leaseMs: number;
}

export interface WindowKeys {
  slots: string;
  running: string;
  pause: string;
}

interface Waiter {
  start(slot: string): void;
  /** Redis failed before this call's turn: it goes to the in-process budget instead. */
  unshared(): void;
}

interface Queue {
  waiting: Waiter[];
  /** No start before this instant: HubSpot said the window is spent. */
  heldUntil: number;
  pumping: boolean;
  /** A slot came free while the queue was asking Redis: ask again before sleeping. */
  again: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** How often the head of a queue asks again while every counted call is still running elsewhere. */
const POLL_MS = 50;

/**
 * One rolling window per portal kept in Redis for every instance: the same rule as LocalLimiter's
 * `window` (a call counts from its start until `ms` after its answer), decided atomically by a Lua
 * script on a sorted set of slots. Each instance queues its own calls in order and only the head
 * of a portal's queue asks Redis, when a slot is due to leave the window or an answer came in.
 */
export class SharedWindow {
  private readonly queues = new Map<number, Queue>();
  private readonly client: WindowCommands;

  constructor(
    private readonly redis: RedisLink,
    private readonly rule: SharedWindowRule,
    private readonly keys: (portalId: number) => WindowKeys,
  ) {
    this.client = withWindowCommands(redis.client);
  }

  /**
   * Runs `fn` in a slot of `portalId`'s window. Rejects with QueueDeadlineError if `deadline`
   * passes first; runs `unshared` instead when Redis fails before the call's turn.
   */
  schedule<T>(portalId: number, fn: () => Promise<T>, deadline: number, unshared: () => Promise<T>): Promise<T> {
    const queue = this.queue(portalId);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        start: (slot) => {
          started();
          invoke(fn)
            .then(resolve, reject)
            .finally(() => {
              void this.release(portalId, slot, true);
              this.wake(portalId);
            });
        },
        unshared: () => {
          started();
          unshared().then(resolve, reject);
        },
      };
      const started = leaveAtDeadline(queue.waiting, waiter, deadline, reject);
      queue.waiting.push(waiter);
      this.wake(portalId);
    });
  }

  /** Calls of this instance waiting for their turn in `portalId`'s window. */
  queued(portalId: number): number {
    return this.queues.get(portalId)?.waiting.length ?? 0;
  }

  /** Starts nothing here for `ms` (the shared pause key holds the other instances). */
  hold(portalId: number, ms: number): void {
    const queue = this.queue(portalId);
    queue.heldUntil = Math.max(queue.heldUntil, Date.now() + ms);
  }

  /** Redis went away: every waiting call moves to the in-process budget rather than wait for it. */
  abandonAll(): void {
    for (const portalId of [...this.queues.keys()]) this.abandon(portalId);
  }

  close(): void {
    for (const queue of this.queues.values()) clearTimeout(queue.timer);
    this.queues.clear();
  }

  private queue(portalId: number): Queue {
    let queue = this.queues.get(portalId);
    if (!queue) {
      queue = { waiting: [], heldUntil: 0, pumping: false, again: false, timer: undefined };
      this.queues.set(portalId, queue);
    }
    return queue;
  }

  private wake(portalId: number): void {
    const queue = this.queues.get(portalId);
    if (!queue) return;
    if (queue.pumping) queue.again = true;
    else void this.pump(portalId, queue);
  }

  /** Hands slots to the queue's head, in order, until the window is full or the queue empty. */
  private async pump(portalId: number, queue: Queue): Promise<void> {
    clearTimeout(queue.timer);
    queue.timer = undefined;
    queue.pumping = true;
    try {
      while (queue.waiting.length > 0) {
        queue.again = false;
        const held = queue.heldUntil - Date.now();
        if (held > 0) return this.retryIn(portalId, queue, held);
        const slot = randomUUID();
        const keys = this.keys(portalId);
        const { count, ms, maxConcurrent, leaseMs } = this.rule;
        const reply = await this.redis.breaker.attempt("rate budget", () =>
          this.client.goalboardWindowAcquire(keys.slots, keys.running, keys.pause, count, ms, maxConcurrent, leaseMs, slot),
        );
        if (!reply.ok) return this.abandon(portalId);
        if (reply.value === 0) {
          // The head may have given up while Redis answered: the slot goes to whoever is next.
          const next = queue.waiting.shift();
          if (next) next.start(slot);
          else void this.release(portalId, slot, false);
          continue;
        }
        if (queue.again) continue;
        return this.retryIn(portalId, queue, reply.value < 0 ? POLL_MS : reply.value);
      }
      if (this.queues.get(portalId) === queue && queue.heldUntil < Date.now()) this.queues.delete(portalId);
    } finally {
      queue.pumping = false;
    }
  }

  private retryIn(portalId: number, queue: Queue, ms: number): void {
    queue.timer = setTimeout(() => this.wake(portalId), ms);
  }

  private abandon(portalId: number): void {
    const queue = this.queues.get(portalId);
    if (!queue) return;
    clearTimeout(queue.timer);
    this.queues.delete(portalId);
    for (const waiter of queue.waiting.splice(0)) waiter.unshared();
  }

  /** A release that fails leaves the slot to its lease. */
  private async release(portalId: number, slot: string, used: boolean): Promise<void> {
    const keys = this.keys(portalId);
    await this.redis.breaker.attempt("rate budget", () =>
      this.client.goalboardWindowRelease(keys.slots, keys.running, slot, this.rule.ms, this.rule.leaseMs, used ? "1" : "0"),
    );
  }
}
