import { describe, expect, it } from "vitest";
import { freshnessFor, LOAD_MULTIPLE, LONGEST_FRESH_MS, SLOW_LOAD_MS } from "@/lib/hubspot/cache/freshness";
import { PortalCache } from "@/lib/hubspot/cache/memory";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function counter<T>(value: (n: number) => T, delayMs = 5) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: async () => {
      calls += 1;
      const n = calls;
      await sleep(delayMs);
      return value(n);
    },
  };
}

describe("PortalCache", () => {
  it("coalesces 50 concurrent identical requests into one load", async () => {
    const cache = new PortalCache(10_000, 0);
    const upstream = counter((n) => `answer ${n}`, 20);
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get(1, "op", { a: 1 }, upstream.load)));
    expect(upstream.calls).toBe(1);
    expect(new Set(answers)).toEqual(new Set(["answer 1"]));
  });

  it("coalesces even with caching turned off, but does not keep answers", async () => {
    const cache = new PortalCache(0, 0);
    const upstream = counter((n) => n, 20);
    await Promise.all(Array.from({ length: 10 }, () => cache.get(1, "op", "", upstream.load)));
    expect(upstream.calls).toBe(1);
    await cache.get(1, "op", "", upstream.load);
    expect(upstream.calls).toBe(2);
  });

  it("never serves one portal's answer to another portal", async () => {
    const cache = new PortalCache(10_000, 0);
    await cache.get(111, "goals", "", async () => "portal 111 data");
    const other = await cache.get(222, "goals", "", async () => "portal 222 data");
    expect(other).toBe("portal 222 data");
    expect(PortalCache.key(111, "goals")).not.toBe(PortalCache.key(222, "goals"));
  });

  it("serves a fresh answer from memory, then refreshes after the TTL", async () => {
    const cache = new PortalCache(40, 0);
    const upstream = counter((n) => n, 1);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(1);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(1);
    await sleep(60);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(2);
  });

  it("serves stale while one background call revalidates", async () => {
    const cache = new PortalCache(30, 10_000);
    const upstream = counter((n) => n, 30);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(1);
    await sleep(50);
    const [a, b] = await Promise.all([cache.get(1, "op", "", upstream.load), cache.get(1, "op", "", upstream.load)]);
    expect([a, b]).toEqual([1, 1]);
    await sleep(60);
    expect(upstream.calls).toBe(2);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(2);
  });

  it("stops serving an answer older than TTL + stale window", async () => {
    const cache = new PortalCache(20, 20);
    const upstream = counter((n) => n, 1);
    await cache.get(1, "op", "", upstream.load);
    await sleep(70);
    expect(await cache.get(1, "op", "", upstream.load)).toBe(2);
  });

  it("does not cache failures", async () => {
    const cache = new PortalCache(10_000, 0);
    await expect(cache.get(1, "op", "", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get(1, "op", "", async () => "up")).toBe("up");
  });
});

describe("PortalCache with a stale window (the default settings)", () => {
  it("passes a failed first load on to the caller as the error it was", async () => {
    const cache = new PortalCache(30_000, 300_000);
    const missing = Object.assign(new Error("HubSpot has no such record."), { code: "NOT_FOUND" });
    await expect(cache.get(1, "goal_targets.get", { id: "999999999" }, async () => Promise.reject(missing))).rejects.toBe(missing);
  });

  it("keeps no failure: the next call loads again", async () => {
    const cache = new PortalCache(30_000, 300_000);
    await expect(cache.get(1, "op", "", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get(1, "op", "", async () => "up")).toBe("up");
  });

  it("keeps serving the stale answer when its background refresh fails", async () => {
    const cache = new PortalCache(30, 10_000);
    expect(await cache.get(1, "op", "", async () => "first")).toBe("first");
    await sleep(50);
    let refreshes = 0;
    const failing = async () => {
      refreshes += 1;
      throw new Error("down");
    };
    expect(await cache.get(1, "op", "", failing)).toBe("first");
    await sleep(20);
    expect(refreshes).toBe(1);
    expect(await cache.get(1, "op", "", failing)).toBe("first");
  });

  it("fails rather than serve an answer past its stale window when the reload fails", async () => {
    const cache = new PortalCache(20, 20);
    await cache.get(1, "op", "", async () => "old");
    await sleep(70);
    await expect(cache.get(1, "op", "", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });
});

describe("PortalCache.getWithin (the wallboard's refresh)", () => {
  const failing = () => {
    let calls = 0;
    return {
      get calls() {
        return calls;
      },
      load: async (): Promise<number> => {
        calls += 1;
        throw new Error("HubSpot is down");
      },
    };
  };

  it("serves an answer while it is younger than asked, then renews it once for every asker", async () => {
    const cache = new PortalCache(20, 10_000);
    const upstream = counter((n) => n, 20);
    expect((await cache.getWithin(1, "op", "", 400, upstream.load)).value).toBe(1);
    await sleep(40);
    // Older than the cache's freshness but younger than asked: no upstream call.
    const young = await cache.getWithin(1, "op", "", 400, upstream.load);
    expect([young.value, young.failure, upstream.calls]).toEqual([1, null, 1]);
    await sleep(400);
    const renewed = await Promise.all(Array.from({ length: 20 }, () => cache.getWithin(1, "op", "", 400, upstream.load)));
    expect(upstream.calls).toBe(2);
    expect(new Set(renewed.map((r) => r.value))).toEqual(new Set([2]));
    expect(renewed[0].storedAt).toBeGreaterThan(young.storedAt);
  });

  it("never renews more often than the cache's own freshness", async () => {
    const cache = new PortalCache(10_000, 0);
    const upstream = counter((n) => n, 1);
    await cache.getWithin(1, "op", "", 1, upstream.load);
    await sleep(20);
    expect((await cache.getWithin(1, "op", "", 1, upstream.load)).value).toBe(1);
    expect(upstream.calls).toBe(1);
  });

  it("serves the last answer with the failure during an outage, trying once per interval, and recovers", async () => {
    const cache = new PortalCache(10, 10_000);
    await cache.getWithin(1, "op", "", 500, async () => 1);
    await sleep(520);
    const down = failing();
    const during = await Promise.all(Array.from({ length: 5 }, () => cache.getWithin(1, "op", "", 500, down.load)));
    expect(during.map((r) => r.value)).toEqual([1, 1, 1, 1, 1]);
    expect(during.every((r) => r.failure instanceof Error)).toBe(true);
    expect(down.calls).toBe(1);
    expect((await cache.getWithin(1, "op", "", 500, down.load)).failure).toBeInstanceOf(Error);
    expect(down.calls).toBe(1);
    await sleep(520);
    const back = await cache.getWithin(1, "op", "", 500, async () => 2);
    expect([back.value, back.failure]).toEqual([2, null]);
  });

  it("throws the failure when nothing is held, without asking again within the interval", async () => {
    const cache = new PortalCache(10, 10_000);
    const down = failing();
    await expect(cache.getWithin(1, "op", "", 1_000, down.load)).rejects.toThrow("HubSpot is down");
    await expect(cache.getWithin(1, "op", "", 1_000, down.load)).rejects.toThrow("HubSpot is down");
    expect(down.calls).toBe(1);
  });

  it("asks again at once after Goalboard wrote to the portal, failure and answer forgotten alike", async () => {
    const cache = new PortalCache(10, 10_000);
    const down = failing();
    await expect(cache.getWithin(1, "op", "", 60_000, down.load)).rejects.toThrow("HubSpot is down");
    await cache.getWithin(2, "op", "", 60_000, async () => "other portal");
    await cache.forgetPortal(1);
    expect((await cache.getWithin(1, "op", "", 60_000, async () => "after the write")).value).toBe("after the write");
    // Another portal's answer is kept.
    expect((await cache.getWithin(2, "op", "", 60_000, async () => "asked again")).value).toBe("other portal");
  });
});

describe("freshness of answers that are slow to load", () => {
  it("is the cache's own for quick loads, LOAD_MULTIPLE times the load for slow ones, and never past the cap", () => {
    expect(freshnessFor(30_000, 50)).toBe(30_000);
    expect(freshnessFor(10, SLOW_LOAD_MS - 1)).toBe(10);
    expect(freshnessFor(10, SLOW_LOAD_MS)).toBe(LOAD_MULTIPLE * SLOW_LOAD_MS);
    expect(freshnessFor(30_000, 100_000)).toBe(LOAD_MULTIPLE * 100_000);
    expect(freshnessFor(30_000, 3_600_000)).toBe(LONGEST_FRESH_MS);
    expect(freshnessFor(3_600_000, 3_600_000)).toBe(3_600_000);
  });

  it("keeps an answer that took long to load fresh for LOAD_MULTIPLE times its load, for lists and wallboards, then loads it again", async () => {
    const cache = new PortalCache(1, 0);
    const upstream = counter((n) => n, SLOW_LOAD_MS + 50);
    const started = Date.now();
    expect(await cache.get(1, "goal_targets.all", "", upstream.load)).toBe(1);
    const storedBy = Date.now();
    const loadMs = storedBy - started;
    await sleep(500); // long past the cache's own 1 ms
    expect(await cache.get(1, "goal_targets.all", "", upstream.load)).toBe(1);
    expect(await cache.has(1, "goal_targets.all", "")).toBe(true);
    // A wallboard asking for an answer at most 50 ms old gets it too: renewing sooner would read
    // the portal again for most of the time.
    expect((await cache.getWithin(1, "goal_targets.all", "", 50, upstream.load)).value).toBe(1);
    expect(upstream.calls).toBe(1);
    await sleep(Math.max(0, storedBy + LOAD_MULTIPLE * loadMs + 50 - Date.now()));
    expect(await cache.get(1, "goal_targets.all", "", upstream.load)).toBe(2);
  });
});

describe("look-ups kept fresh along a slow load (freshAlong)", () => {
  it("keeps a stale answer fresh as long as the slow load it was read with, and no longer", async () => {
    const cache = new PortalCache(40, 10_000);
    const names = counter((n) => `names ${n}`, 1);
    expect(await cache.get(1, "directory", "", names.load)).toBe("names 1");
    await sleep(60); // past the cache's own 40 ms while the targets were still loading
    await cache.freshAlong(1, "directory", "", { loadedAt: Date.now(), loadMs: SLOW_LOAD_MS });
    expect(await cache.get(1, "directory", "", names.load)).toBe("names 1");
    await sleep(20);
    expect(names.calls).toBe(1);
    // Fresh for LOAD_MULTIPLE times the load from its end, counted from when the names were read.
    const held = cache.peekAny(1, "directory", "")!;
    expect(held.storedAt + held.freshMs!).toBeGreaterThanOrEqual(Date.now() - 100 + LOAD_MULTIPLE * SLOW_LOAD_MS);
    expect(held.storedAt + held.freshMs!).toBeLessThanOrEqual(Date.now() + LOAD_MULTIPLE * SLOW_LOAD_MS);
  });

  it("changes nothing along a quick load (a small portal's names keep the cache's own freshness)", async () => {
    const cache = new PortalCache(40, 10_000);
    const names = counter((n) => `names ${n}`, 1);
    await cache.get(1, "directory", "", names.load);
    await sleep(60);
    await cache.freshAlong(1, "directory", "", { loadedAt: Date.now(), loadMs: SLOW_LOAD_MS - 1 });
    expect(await cache.get(1, "directory", "", names.load)).toBe("names 1"); // stale, refreshed behind
    await until(() => names.calls === 2);
  });

  it("never keeps an answer fresh past the longest freshness after it was read", async () => {
    const cache = new PortalCache(40, 10_000);
    await cache.get(1, "account", "", async () => "account");
    await cache.freshAlong(1, "account", "", { loadedAt: Date.now() + 60_000, loadMs: 3_600_000 });
    expect(cache.peekAny(1, "account", "")!.freshMs).toBe(LONGEST_FRESH_MS);
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(5);
}
