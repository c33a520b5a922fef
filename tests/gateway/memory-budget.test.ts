import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { MemoryBudget } from "@/lib/hubspot/budget/memory";
import { searchWindow } from "@/lib/hubspot/budget/limits";

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

it("after a 429, the retried search waits out the pause, and it and the pages after it keep to the search window", async () => {
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
    for (let i = 0; i < 12; i++) await search();
  })();
  await vi.runAllTimersAsync();
  await paging;
  const gaps = sent.slice(1).map((t, i) => t - sent[i]);
  expect(gaps[0]).toBeGreaterThanOrEqual(1000);
  // A retry that slept inside its slot would not count in the window from when it went out.
  const { count, ms } = searchWindow(5);
  for (const start of sent) expect(sent.filter((t) => t >= start && t < start + ms).length).toBeLessThanOrEqual(count);
});
