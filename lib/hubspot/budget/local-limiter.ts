/**
 * In-process per-key limiter with the three rules the budget needs: at most `maxConcurrent` calls
 * running, a reservoir of `amount` starts refilled to full on a fixed cycle, and `minTimeMs`
 * between starts. A call that fits starts in the same tick; only a call that has to wait sets a
 * timer. (Bottleneck, which did this before, passes every call through several timer turns and
 * added about 5 ms to every HubSpot call even when the budget was nowhere near spent.)
 */
export interface LimiterOptions {
  maxConcurrent: number;
  reservoir?: { amount: number; intervalMs: number };
  minTimeMs?: number;
}

interface Waiting {
  start: () => void;
  /** Clears the give-up timer once the call starts. */
  started?: () => void;
}

/** A queued call whose caller's deadline passed before its turn came: it never ran. */
export class QueueDeadlineError extends Error {
  constructor() {
    super("the deadline passed while the call waited for its turn");
    this.name = "QueueDeadlineError";
  }
}

interface KeyState {
  running: number;
  queue: Waiting[];
  tokens: number;
  cycleStart: number;
  lastStart: number;
  /** No start before this instant: HubSpot said the window is spent. */
  heldUntil: number;
  lastActive: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A key idle this long has no start left inside any 10-second window, so forgetting it is safe. */
const FORGET_IDLE_MS = 60_000;

export class LocalLimiter {
  private readonly keys = new Map<string, KeyState>();
  private lastSweep = Date.now();

  constructor(private readonly options: LimiterOptions) {}

  /**
   * Runs `fn` when `key` allows. With `deadline` (epoch ms), a call still waiting then leaves the
   * queue and rejects with QueueDeadlineError instead of running late.
   */
  schedule<T>(key: string, fn: () => Promise<T>, deadline = Infinity): Promise<T> {
    const state = this.state(key);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        waiting.started?.();
        state.running += 1;
        state.tokens -= 1;
        state.lastStart = Date.now();
        let run: Promise<T>;
        try {
          run = fn();
        } catch (error) {
          run = Promise.reject(error);
        }
        run.then(resolve, reject).finally(() => {
          state.running -= 1;
          state.lastActive = Date.now();
          this.drain(state);
        });
      };
      const waiting: Waiting = { start };
      if (state.queue.length === 0 && this.waitMs(state, Date.now()) === 0) start();
      else {
        if (deadline !== Infinity) {
          const timer = setTimeout(() => {
            const at = state.queue.indexOf(waiting);
            if (at < 0) return;
            state.queue.splice(at, 1);
            reject(new QueueDeadlineError());
          }, Math.max(0, deadline - Date.now()));
          timer.unref?.();
          waiting.started = () => clearTimeout(timer);
        }
        state.queue.push(waiting);
        this.drain(state);
      }
    });
  }

  /** Calls waiting for their turn under `key`. */
  queued(key: string): number {
    return this.keys.get(key)?.queue.length ?? 0;
  }

  /**
   * Starts nothing under `key` for `ms`. Held calls wait in the queue, not in a slot: a call that
   * slept inside its slot would leave the spacing counted from before its sleep, and go out right
   * next to the one after it.
   */
  hold(key: string, ms: number): void {
    const state = this.state(key);
    state.heldUntil = Math.max(state.heldUntil, Date.now() + ms);
    this.drain(state);
  }

  private state(key: string): KeyState {
    const now = Date.now();
    if (now - this.lastSweep > FORGET_IDLE_MS) this.sweep(now);
    let state = this.keys.get(key);
    if (!state) {
      state = { running: 0, queue: [], tokens: this.options.reservoir?.amount ?? Infinity, cycleStart: now, lastStart: -Infinity, heldUntil: 0, lastActive: now, timer: undefined };
      this.keys.set(key, state);
    }
    state.lastActive = now;
    return state;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, s] of this.keys) {
      if (s.running === 0 && s.queue.length === 0 && now - s.lastActive > FORGET_IDLE_MS) this.keys.delete(key);
    }
  }

  /** 0 when a call may start now; Infinity when only a finishing call can make room. */
  private waitMs(state: KeyState, now: number): number {
    if (state.running >= this.options.maxConcurrent) return Infinity;
    const reservoir = this.options.reservoir;
    let wait = state.heldUntil - now;
    if (reservoir) {
      // Fixed cycle, as the budget maths in limits.ts assumes: refilled to full, never topped up.
      const cycles = Math.floor((now - state.cycleStart) / reservoir.intervalMs);
      if (cycles > 0) {
        state.tokens = reservoir.amount;
        state.cycleStart += cycles * reservoir.intervalMs;
      }
      if (state.tokens <= 0) wait = state.cycleStart + reservoir.intervalMs - now;
    }
    if (this.options.minTimeMs) wait = Math.max(wait, state.lastStart + this.options.minTimeMs - now);
    return Math.max(0, wait);
  }

  private drain(state: KeyState): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    while (state.queue.length > 0) {
      const wait = this.waitMs(state, Date.now());
      if (wait > 0) {
        if (wait !== Infinity) state.timer = setTimeout(() => this.drain(state), wait);
        return;
      }
      state.queue.shift()?.start();
    }
  }
}
