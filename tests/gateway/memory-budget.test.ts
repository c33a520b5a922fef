import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { MemoryBudget } from "@/lib/hubspot/budget/memory";
import { searchSpacingMs } from "@/lib/hubspot/budget/limits";

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

it("after a 429, the retried search and the next page still go out a full spacing apart", async () => {
  const budget = new MemoryBudget(100, 5);
  const sent: number[] = [];
  const search = () =>
    budget.schedule(1, "search", async () => {
      sent.push(Date.now());
      await new Promise((r) => setTimeout(r, 5));
    });
  const first = search();
  await vi.advanceTimersByTimeAsync(5);
  await first;
  // HubSpot answered that search 429: the gateway pauses the portal's searches, then retries.
  budget.pause(1, "search", 1000);
  const paging = (async () => {
    for (let i = 0; i < 4; i++) await search();
  })();
  await vi.runAllTimersAsync();
  await paging;
  const gaps = sent.slice(1).map((t, i) => t - sent[i]);
  expect(gaps[0]).toBeGreaterThanOrEqual(1000);
  // Before the fix the retry slept inside its slot, and the page after it went out 5 ms later.
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(searchSpacingMs(5));
});
