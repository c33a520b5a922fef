/**
 * In-process per-key limiter with the three rules the budget needs: at most `maxConcurrent` calls
 * running, a reservoir of `amount` starts refilled to full on a fixed cycle, and at most `count`
 * calls running or answered in any rolling `ms` (`window`). A call that fits starts in the same
 * tick; only a call that has to wait sets a timer. (Bottleneck, which did this before, passes every call through several timer turns and
 * added about 5 ms to every HubSpot call even when the budget was nowhere near spent.)
 */
export interface LimiterOptions {
  maxConcurrent: number;
  reservoir?: { amount: number; intervalMs: number };
  /**
   * At most `count` calls running or answered within the last `ms`. Counted from each answer, the
   * window holds upstream whatever the delays on the way: the upstream counted a call at some
   * moment before its answer arrived, so a call started `ms` after that answer is `ms` after the
   * upstream counted it. (Counted from the start, a call held up on the way, behind a busy event
   * loop or a new connection, reaches the upstream bunched with later ones: a 30 ms slack drew a
   * 429 in the tests, a 230 ms spacing in the bench.) And unlike a spacing counted from each
   * start, a call that starts late lets the next ones catch up instead of losing the delay for
   * good (the bench's cold load took 270 ms a page against a 230 ms spacing).
   */
  window?: { count: number; ms: number };
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

/**
 * At `deadline`, takes `waiting` out of `queue` and rejects it with QueueDeadlineError, unless it
 * has left the queue already (its turn came). Returns what stops the timer once the call starts.
 */
export function leaveAtDeadline<W>(queue: W[], waiting: W, deadline: number, reject: (error: Error) => void): () => void {
  if (deadline === Infinity) return () => undefined;
  const timer = setTimeout(() => {
    const at = queue.indexOf(waiting);
    if (at < 0) return;
    queue.splice(at, 1);
    reject(new QueueDeadlineError());
  }, Math.max(0, deadline - Date.now()));
  timer.unref?.();
  return () => clearTimeout(timer);
}

/** `fn()`'s promise, with a synchronous throw turned into a rejection. */
export function invoke<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return fn();
  } catch (error) {
    return Promise.reject(error);
  }
}

interface KeyState {
  running: number;
  queue: Waiting[];
  tokens: number;
  cycleStart: number;
  /** When the latest calls were answered, at most `window.count` of them, oldest first. */
  answered: number[];
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
        invoke(fn).then(resolve, reject).finally(() => {
          state.running -= 1;
          if (this.options.window) {
            state.answered.push(Date.now());
            if (state.answered.length > this.options.window.count) state.answered.shift();
          }
          state.lastActive = Date.now();
          this.drain(state);
        });
      };
      const waiting: Waiting = { start };
      if (state.queue.length === 0 && this.waitMs(state, Date.now()) === 0) start();
      else {
        waiting.started = leaveAtDeadline(state.queue, waiting, deadline, reject);
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
   * slept inside its slot would be counted in the window from before its sleep, and go out with
   * more calls than the window allows.
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
      state = { running: 0, queue: [], tokens: this.options.reservoir?.amount ?? Infinity, cycleStart: now, answered: [], heldUntil: 0, lastActive: now, timer: undefined };
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
    const window = this.options.window;
    if (window) {
      // The running calls and the latest answers: the oldest answer that must leave the window first.
      const oldest = state.answered.length + state.running - window.count;
      if (oldest >= state.answered.length) return Infinity;
      if (oldest >= 0) wait = Math.max(wait, state.answered[oldest] + window.ms - now);
    }
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
