import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reservoirFor } from "@/lib/hubspot/budget/limits";
import { LocalLimiter } from "@/lib/hubspot/budget/local-limiter";

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

/** A call that records when it started and finishes after `ms`. */
function recorder() {
  const starts: number[] = [];
  let running = 0;
  let peak = 0;
  /** Answers its place in the order calls started. */
  const call = (ms: number) => async () => {
    const place = starts.push(Date.now());
    running += 1;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, ms));
    running -= 1;
    return place;
  };
  return { starts, call, peak: () => peak };
}

describe("LocalLimiter", () => {
  it("starts a call that fits in the same tick, without waiting for a timer", () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, reservoir: { amount: 9, intervalMs: 1000 } });
    let started = false;
    void limiter.schedule("p", async () => {
      started = true;
    });
    expect(started).toBe(true);
  });

  it("never runs more than maxConcurrent at once, and runs every call in order", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 3 });
    const r = recorder();
    const done = Promise.all(Array.from({ length: 10 }, () => limiter.schedule("p", r.call(100))));
    expect(limiter.queued("p")).toBe(7);
    await vi.runAllTimersAsync();
    expect(await done).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.peak()).toBe(3);
  });

  it.each([22, 60, 100, 110, 10, 2])("keeps every rolling 10-second window under a limit of %i calls", async (limit) => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, reservoir: reservoirFor(limit) });
    const r = recorder();
    const done = Promise.all(Array.from({ length: limit * 3 }, () => limiter.schedule("p", r.call(5))));
    await vi.runAllTimersAsync();
    await done;
    for (const start of r.starts) {
      expect(r.starts.filter((t) => t >= start && t < start + 10_000).length).toBeLessThanOrEqual(limit);
    }
  });

  it("runs at most `count` calls in any rolling window counted from their answers, the first `count` at once", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, window: { count: 5, ms: 1030 } });
    const r = recorder();
    const done = Promise.all(Array.from({ length: 12 }, () => limiter.schedule("p", r.call(1))));
    await vi.runAllTimersAsync();
    await done;
    for (const start of r.starts) expect(r.starts.filter((t) => t >= start && t < start + 1030).length).toBeLessThanOrEqual(5);
    expect(r.starts.slice(0, 5)).toEqual(Array(5).fill(1_000_000));
    // Each call takes 1 ms: the next five start 1030 ms after the first five were answered.
    expect(r.starts.slice(5, 10)).toEqual(Array(5).fill(1_000_000 + 1 + 1030));
    expect(r.starts.at(-1)).toBe(1_000_000 + 2 * (1 + 1030));
  });

  it("counts a call in the window from its answer: a slow call keeps the next one back until `ms` after it", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, window: { count: 1, ms: 200 } });
    const r = recorder();
    const done = Promise.all([limiter.schedule("p", r.call(300)), limiter.schedule("p", r.call(1))]);
    await vi.runAllTimersAsync();
    await done;
    expect(r.starts.map((t) => t - 1_000_000)).toEqual([0, 500]);
  });

  it("lets a call catch up after a late start, where a spacing would lose the delay", async () => {
    // 2 starts per 400 ms is 1 per 200 ms on average, as a 200 ms spacing.
    const limiter = new LocalLimiter({ maxConcurrent: 10, window: { count: 2, ms: 400 } });
    const r = recorder();
    const first = limiter.schedule("p", r.call(1));
    // The next page is asked for 50 ms later than the pace allows, and the one after it at once.
    await vi.advanceTimersByTimeAsync(250);
    await first;
    const late = limiter.schedule("p", r.call(1));
    const next = limiter.schedule("p", r.call(1));
    await vi.runAllTimersAsync();
    await Promise.all([late, next]);
    // A 200 ms spacing would start the third at 450; the window, 400 ms after the first answer.
    expect(r.starts.map((t) => t - 1_000_000)).toEqual([0, 250, 401]);
  });

  it("keeps keys apart: one portal's queue does not hold another's calls", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, reservoir: { amount: 1, intervalMs: 1000 } });
    const r = recorder();
    void limiter.schedule("a", r.call(1));
    void limiter.schedule("a", r.call(1));
    let otherStarted = false;
    void limiter.schedule("b", async () => {
      otherStarted = true;
    });
    expect(otherStarted).toBe(true);
    expect(limiter.queued("a")).toBe(1);
    await vi.runAllTimersAsync();
  });

  it("frees the slot of a call that fails, and passes the failure on", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 1 });
    const failing = limiter.schedule("p", async () => {
      throw new Error("boom");
    });
    const next = limiter.schedule("p", async () => "next");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("next");
  });

  it("frees the slot of a call that throws before returning a promise", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 1 });
    const failing = limiter.schedule("p", () => {
      throw new Error("sync");
    });
    await expect(failing).rejects.toThrow("sync");
    await expect(limiter.schedule("p", async () => 1)).resolves.toBe(1);
  });

  it("holds a key: nothing starts until the hold ends, other keys go on", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, window: { count: 1, ms: 210 } });
    const r = recorder();
    limiter.hold("p", 1000);
    const held = limiter.schedule("p", r.call(1));
    let otherStarted = false;
    void limiter.schedule("q", async () => {
      otherStarted = true;
    });
    expect(otherStarted).toBe(true);
    expect(r.starts).toEqual([]);
    await vi.runAllTimersAsync();
    await held;
    expect(r.starts).toEqual([1_000_000 + 1000]);
  });

  it("counts the spacing from the start after a hold, so a retried call and the next one do not go out together", async () => {
    const limiter = new LocalLimiter({ maxConcurrent: 10, window: { count: 1, ms: 210 } });
    const r = recorder();
    // A call answered 429: the budget holds the key, and the call comes back for its retry.
    const first = limiter.schedule("p", r.call(5));
    await vi.advanceTimersByTimeAsync(5);
    await first;
    limiter.hold("p", 1000);
    // Paging is sequential: each page is asked for once the one before it has arrived.
    const paging = (async () => {
      for (let i = 0; i < 3; i++) await limiter.schedule("p", r.call(5));
    })();
    await vi.runAllTimersAsync();
    await paging;
    const gaps = r.starts.slice(1).map((t, i) => t - r.starts[i]);
    expect(gaps.every((g) => g >= 210)).toBe(true);
  });
});
