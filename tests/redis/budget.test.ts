import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { MemoryBudget } from "@/lib/hubspot/budget/memory";
import type { CallKind } from "@/lib/hubspot/budget/types";
import { QueueDeadlineError } from "@/lib/hubspot/budget/local-limiter";
import { RedisBudget } from "@/lib/hubspot/budget/redis";
import { SharedWindow } from "@/lib/hubspot/budget/shared-window";
import { captureLog, connected, until, withRedisServer } from "./support";

const redis = withRedisServer();
// 110 calls per 10 s: the budget hands out 10 a second, so sharing (or not) shows within a second.
const LIMIT = 110;
const SEARCH_PER_SECOND = 5;
const P = DEMO_PORTAL_ID;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, tenSecondlyLimit: LIMIT, searchPerSecondLimit: SEARCH_PER_SECOND });
});
afterAll(() => emulator.close());

const budgets: RedisBudget[] = [];
function instance() {
  const link = redis.instance();
  const budget = new RedisBudget(link, new MemoryBudget(LIMIT, SEARCH_PER_SECOND), { tenSecondly: LIMIT, searchPerSecond: SEARCH_PER_SECOND, callTimeoutMs: 5_000 });
  budgets.push(budget);
  return { link, budget };
}

/** One real HubSpot (emulator) call through a budget; resolves with its start time and status. */
function call(budget: RedisBudget, kind: CallKind = "standard") {
  return budget.schedule(P, kind, async () => {
    const startedAt = Date.now();
    const res =
      kind === "search"
        ? await fetch(`${emulator.url}/crm/v3/objects/goal_targets/search`, {
            method: "POST",
            headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}`, "content-type": "application/json" },
            body: JSON.stringify({ filterGroups: [], limit: 1 }),
          })
        : await fetch(`${emulator.url}/crm/v3/objects/goal_targets?limit=1`, { headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}` } });
    await res.arrayBuffer();
    return { startedAt, status: res.status };
  });
}

async function statuses(): Promise<Record<string, number>> {
  const res = await fetch(`${emulator.url}/__emulator/calls`);
  const body = (await res.json()) as { byPortal: Record<string, { byStatus: Record<string, number> }> };
  return body.byPortal[String(P)]?.byStatus ?? {};
}

let logs: ReturnType<typeof captureLog>;
beforeEach(async () => {
  logs = captureLog();
  await redis.admin.flushall();
  await fetch(`${emulator.url}/__emulator/reset`, { method: "POST" });
});
afterEach(async () => {
  await Promise.all(budgets.splice(0).map((b) => b.close()));
  logs.restore();
});

describe("the HubSpot budget shared through Redis", () => {
  it("hands two instances one portal budget between them, not one each", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => call(i % 2 ? a.budget : b.budget)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    // 10 a second for the portal: alone, each instance would have started 10 at once (20 in all).
    const firstSecond = results.filter((r) => r.startedAt - t0 < 800).length;
    expect(firstSecond).toBeLessThanOrEqual(10);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1800);
    expect((await statuses())["429"] ?? 0).toBe(0);
  }, 20_000);

  it("keeps one rolling search window for both instances: five searches out at once, the sixth a window after an answer", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    // Searches that hang until the test answers them, three from each instance.
    const gates: (() => void)[] = [];
    const started: string[] = [];
    const held = (budget: RedisBudget, name: string) =>
      budget.schedule(P, "search", () => {
        started.push(name);
        return new Promise<void>((resolve) => gates.push(resolve));
      });
    const calls = [held(a.budget, "a"), held(b.budget, "b"), held(a.budget, "a"), held(b.budget, "b"), held(a.budget, "a"), held(b.budget, "b")];
    await until(() => started.length === 5);
    // Neither instance starts a sixth while five run, whichever instance they run on.
    await new Promise((r) => setTimeout(r, 300));
    expect(started).toHaveLength(5);
    const answeredAt = Date.now();
    gates.shift()!();
    await until(() => started.length === 6);
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(900);
    for (const open of gates) open();
    await Promise.all(calls);
  }, 20_000);

  it("reads a portal from two instances at once at the search limit: every search answered, none refused", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    // Two cold loads of the same portal, each with two readers, as all-targets runs them.
    const reader = async (budget: RedisBudget) => {
      const results = [];
      for (let page = 0; page < 6; page++) results.push(await call(budget, "search"));
      return results;
    };
    const results = (await Promise.all([reader(a.budget), reader(a.budget), reader(b.budget), reader(b.budget)])).flat();
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(await statuses()).toEqual({ "200": 24 });
  }, 30_000);

  it("frees the slot of an instance that died holding it once its lease ends", async () => {
    const { link } = instance();
    await connected(link);
    const keys = (portalId: number) => ({ slots: `goalboard:p${portalId}:w:slots`, running: `goalboard:p${portalId}:w:running`, pause: `goalboard:p${portalId}:w:pause` });
    const rule = { count: 1, ms: 100, maxConcurrent: 10, leaseMs: 1_000 };
    const dead = new SharedWindow(link, rule, keys);
    // The dead instance's call never answers, so its slot is never given back.
    void dead.schedule(P, () => new Promise(() => undefined), Infinity, () => Promise.resolve());
    await until(async () => (await redis.admin.zcard(`goalboard:p${P}:w:running`)) === 1);
    dead.close();
    const t0 = Date.now();
    const alive = new SharedWindow(redis.instance(), rule, keys);
    await alive.schedule(P, async () => undefined, Infinity, () => Promise.reject(new Error("Redis was up")));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500);
    alive.close();
  });

  it("holds both instances when HubSpot told one of them to slow down", async () => {
    const [a, b] = [instance(), instance()];
    await call(b.budget);
    a.budget.pause(P, "standard", 700);
    await until(async () => (await redis.admin.pttl(`goalboard:p${P}:pause:standard`)) > 0);
    const t0 = Date.now();
    const { startedAt } = await call(b.budget);
    expect(startedAt - t0).toBeGreaterThanOrEqual(500);
  });

  it("answers a call still queued at its deadline at once, and never sends it", async () => {
    const { link, budget } = instance();
    await connected(link);
    // Three seconds of the portal's budget queued, then one call that may wait only half a second.
    const ahead = Array.from({ length: 30 }, () => call(budget));
    let ran = false;
    const late = budget.schedule(P, "standard", async () => void (ran = true), Date.now() + 500);
    await expect(late).rejects.toBeInstanceOf(QueueDeadlineError);
    await Promise.all(ahead);
    // Its turn came and went without a HubSpot call.
    await new Promise((r) => setTimeout(r, 500));
    expect(ran).toBe(false);
    expect((await statuses())["200"]).toBe(30);
  });

  it("names the portal in every key it writes, and lets every key expire", async () => {
    const a = instance();
    await Promise.all([call(a.budget), call(a.budget, "search")]);
    a.budget.pause(P, "standard", 1_000);
    await until(async () => (await redis.admin.exists(`goalboard:p${P}:pause:standard`)) === 1);
    const keys = await redis.keysWithTtl();
    expect(keys.size).toBeGreaterThan(2);
    for (const [key, ttl] of keys) {
      expect(key).toMatch(new RegExp(`^goalboard:p${P}:(budget:(standard|search):\\d+per\\d+ms:slots|pause:standard)$`));
      expect(ttl, key).toBeGreaterThan(0);
      // A slot's lease (the call timeout and 10 s) and the window after its answer.
      expect(ttl, key).toBeLessThanOrEqual(5_000 + 10_000 + 1_010);
    }
  });

  it("re-creates its keys when they expired or Redis lost them", async () => {
    const a = instance();
    await call(a.budget);
    await redis.admin.flushall();
    expect((await call(a.budget)).status).toBe(200);
    expect(await redis.admin.keys(`goalboard:p${P}:budget:standard:*:slots`)).toHaveLength(1);
    expect(logs.warnings()).toEqual([]);
  });

  it("moves waiting calls to memory when Redis stops, and shares again once it is back", async () => {
    const [a, b] = [instance(), instance()];
    const burst = Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 ? a.budget : b.budget)));
    await new Promise((r) => setTimeout(r, 300));
    await redis.server.stop();
    const results = await burst;
    expect(results.every((r) => r.status === 200)).toBe(true);
    // Every call finished while Redis was still down: the queue emptied through memory.
    expect(logs.warnings().filter((w) => w.startsWith("Redis unavailable")).length).toBeGreaterThanOrEqual(1);
    // While Redis is away, new calls are not refused either.
    expect((await call(a.budget)).status).toBe(200);

    await redis.server.start();
    await until(() => a.link.breaker.up && b.link.breaker.up);
    await call(a.budget);
    expect(await redis.admin.keys(`goalboard:p${P}:budget:standard:*:slots`)).toHaveLength(1);
  }, 30_000);
});
