import { describe, expect, it } from "vitest";
import { MemoryBudget } from "@/lib/hubspot/budget/memory";
import { QueueDeadlineError } from "@/lib/hubspot/budget/local-limiter";
import { UserShare } from "@/lib/hubspot/budget/user-share";

const PORTAL = 4000001;
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("each user's share of the portal's budget", () => {
  it("lets another user's call start while one user's flood waits in that user's own queue", async () => {
    const budget = new MemoryBudget(100, 5);
    const share = new UserShare(100, 5, 0.5);
    let floodStarted = 0;
    const release: (() => void)[] = [];
    const hold = () => new Promise<void>((resolve) => release.push(resolve));
    const through = (user: string, fn: () => Promise<void>) => share.schedule(PORTAL, "standard", user, () => budget.schedule(PORTAL, "standard", fn));

    const flood = Array.from({ length: 12 }, () =>
      through("flooder", () => {
        floodStarted += 1;
        return hold();
      }),
    );
    await tick();
    // The flooder gets at most half of the portal's allowance (4 of its 9 starts a second), and
    // waits for the rest in a queue of its own.
    expect(floodStarted).toBe(4);
    let colleagueStartedAfter = -1;
    const colleague = through("colleague", async () => {
      colleagueStartedAfter = floodStarted;
    });
    await colleague;
    expect(colleagueStartedAfter).toBe(4);
    expect(share.estimatedWaitMs(PORTAL, "standard", "flooder")).toBeGreaterThan(share.estimatedWaitMs(PORTAL, "standard", "colleague"));
    for (const done of release.splice(0)) done();
    // Let the rest run to the end so nothing is left pending.
    while (floodStarted < 12) {
      await tick();
      for (const done of release.splice(0)) done();
    }
    await Promise.all(flood);
  }, 30_000);

  it("gives one user at most half of each second's calls, leaving the rest for colleagues", async () => {
    const budget = new MemoryBudget(100, 5);
    const share = new UserShare(100, 5, 0.5);
    const started: string[] = [];
    const through = (user: string) => share.schedule(PORTAL, "standard", user, () => budget.schedule(PORTAL, "standard", async () => void started.push(user)));
    const flood = Array.from({ length: 20 }, () => through("flooder"));
    await tick();
    const firstSecond = started.length;
    // HubSpot's 100 per 10 s become 9 starts a second for the portal: the flooder gets 4 of them.
    expect(firstSecond).toBe(4);
    await Promise.all(Array.from({ length: 4 }, () => through("colleague")));
    expect(started.filter((u) => u === "colleague")).toHaveLength(4);
    await Promise.all(flood.slice(0, 8));
  }, 30_000);

  it("drops a queued call whose deadline passes before its turn, without running it", async () => {
    const share = new UserShare(100, 5, 0.5);
    let ran = 0;
    const hold = new Promise<void>(() => undefined);
    for (let i = 0; i < 5; i++) void share.schedule(PORTAL, "standard", "u", () => hold);
    const late = share.schedule(PORTAL, "standard", "u", async () => void (ran += 1), Date.now() + 50);
    await expect(late).rejects.toBeInstanceOf(QueueDeadlineError);
    expect(ran).toBe(0);
  });
});
