import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { Redis } from "ioredis";
import { GRACE, KATRIN } from "./support/session";
import { DEMO_PORTAL, SECOND_PORTAL } from "./support/sign-in";
import { type Cluster, emulatorAdmin, signInAt, startCluster } from "./support/redis-cluster";

/**
 * Two Goalboard instances share one Redis and one emulator portal with a small
 * rate limit. Loaded at once they never draw a 429, a page cached by one is served by the other
 * without an upstream call, stopping Redis fails no request, and two portals never share entries.
 */

// Small enough that the load below is more than one 10-second window allows, and equal on both
// sides, as the app's setting mirrors the portal's real limit. (The budget then hands out 2 calls
// a second for the portal, at most 22 in any window.)
const LIMIT = 24;

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let admin: ReturnType<typeof emulatorAdmin>;
let redis: Redis;
let grace: { context: BrowserContext; page: Page };
let katrin: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  cluster = await startCluster({ tenSecondlyLimit: LIMIT });
  admin = emulatorAdmin(cluster.emulator);
  redis = new Redis(cluster.redis.url, { lazyConnect: true, retryStrategy: () => 200 });
  redis.on("error", () => undefined);
  const [a, b] = cluster.instances;
  grace = { context: await browser.newContext() } as typeof grace;
  grace.page = await grace.context.newPage();
  katrin = { context: await browser.newContext() } as typeof katrin;
  katrin.page = await katrin.context.newPage();
  // Each signs in on a different instance; each list load fills the shared cache for that portal.
  await Promise.all([signInAt(grace.page, a, GRACE), signInAt(katrin.page, b, KATRIN)]);
});

test.afterAll(async () => {
  await grace?.context.close();
  await katrin?.context.close();
  redis?.disconnect();
  await cluster?.stop();
});

/** The portal's upstream calls since the last reset. */
async function upstream(portalId: number) {
  const counts = await admin.calls();
  return counts.byPortal[String(portalId)] ?? { total: 0, byRoute: {} as Record<string, number>, byStatus: {} as Record<string, number> };
}

async function getJson(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  return { status: res.status(), body: res.ok() ? await res.json() : await res.text() };
}

async function redisKeys(): Promise<string[]> {
  if (redis.status !== "ready") await redis.connect().catch(() => undefined);
  return redis.keys("*");
}

test("a page cached by one instance is served by the other without calling HubSpot", async () => {
  const [a, b] = cluster.instances;
  await admin.resetCalls();
  // Grace signed in on A; her cookie works on B too (same NEXTAUTH_SECRET).
  await grace.page.goto(`${b.url}/goals`);
  await expect(grace.page.getByTestId("goal-table")).toBeVisible();
  const fromB = await getJson(grace.page.request, `${b.url}/api/goals`);
  expect(fromB.status).toBe(200);
  expect(fromB.body.portalId).toBe(DEMO_PORTAL);
  expect(fromB.body.targets.length).toBeGreaterThan(0);
  // Katrin's list was loaded through B; A serves it from Redis.
  const katrinFromA = await getJson(katrin.page.request, `${a.url}/api/goals`);
  expect(katrinFromA.body.portalId).toBe(SECOND_PORTAL);
  expect((await upstream(DEMO_PORTAL)).total).toBe(0);
  expect((await upstream(SECOND_PORTAL)).total).toBe(0);
});

test("loaded through both instances at once, the portal never hears a 429", async () => {
  test.setTimeout(60_000);
  const [a, b] = cluster.instances;
  await admin.resetCalls();
  // 28 distinct pages, none cached: 28 HubSpot calls, more than one window allows, half per
  // instance. Each instance on its own budget would send them twice as fast and meet 429s.
  const pages = Array.from({ length: 28 }, (_, i) => i + 1);
  const results = await Promise.all(pages.map((limit) => getJson(grace.page.request, `${(limit % 2 ? a : b).url}/api/goal-targets?limit=${limit}`)));
  expect(results.map((r) => r.status)).toEqual(pages.map(() => 200));
  const portal = await upstream(DEMO_PORTAL);
  expect(portal.byRoute["goal_targets.list"]).toBe(pages.length);
  expect(portal.byStatus["429"] ?? 0).toBe(0);
});

test("a grant renewed by one instance is used by the other, renewed once, and no token is stored in clear", async () => {
  const [a, b] = cluster.instances;
  await admin.expireTokens(DEMO_PORTAL);
  await admin.resetCalls();
  expect((await getJson(grace.page.request, `${a.url}/api/goal-targets?limit=99`)).status).toBe(200);
  expect((await getJson(grace.page.request, `${b.url}/api/goal-targets?limit=98`)).status).toBe(200);
  const counts = await admin.calls();
  const renewals = Object.values(counts.byPortal).reduce((sum, p) => sum + (p.byRoute["oauth.token"] ?? 0), 0);
  expect(renewals).toBe(1);
  // Only A's first attempt met the expired token; B used the renewed one straight away.
  expect(counts.byPortal[String(DEMO_PORTAL)].byStatus["401"]).toBe(1);

  // Both instances meeting an expired token at the same moment still renew it once.
  await admin.expireTokens(DEMO_PORTAL);
  await admin.resetCalls();
  const both = await Promise.all([
    getJson(grace.page.request, `${a.url}/api/goal-targets?limit=97`),
    getJson(grace.page.request, `${b.url}/api/goal-targets?limit=96`),
  ]);
  expect(both.map((r) => r.status)).toEqual([200, 200]);
  const again = await admin.calls();
  expect(Object.values(again.byPortal).reduce((sum, p) => sum + (p.byRoute["oauth.token"] ?? 0), 0)).toBe(1);

  const keys = await redisKeys();
  expect(keys.filter((k) => k.startsWith("goalboard:grant:"))).toHaveLength(1);
  const { accessTokens, refreshTokens } = await admin.tokens();
  // The budget's windows are sorted sets of random slot ids; every other key is a string.
  const values = await Promise.all(keys.filter((k) => !k.includes(":budget:")).map((k) => redis.getBuffer(k)));
  for (const value of values) {
    const text = value?.toString("latin1") ?? "";
    for (const token of [...accessTokens, ...refreshTokens]) expect(text).not.toContain(token);
  }
});

test("a session signed out on one instance is refused at once by the other, a copied cookie included", async ({ browser }) => {
  const [a, b] = cluster.instances;
  const signedIn = await browser.newContext();
  const replay = await browser.newContext();
  try {
    const page = await signedIn.newPage();
    await signInAt(page, a, GRACE);
    const copied = await signedIn.cookies();
    await page.goto(`${b.url}/help`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/signin\?signedOut=1/);
    await replay.addCookies(copied);
    for (const instance of [a, b]) expect((await replay.request.get(`${instance.url}/api/account`)).status()).toBe(401);
    expect((await redisKeys()).filter((k) => k.startsWith("goalboard:session:"))).not.toHaveLength(0);
  } finally {
    await signedIn.close();
    await replay.close();
  }
});

test("two portals never share entries, and every entry expires", async () => {
  const keys = await redisKeys();
  const portalOf = (key: string) => /^goalboard:p(\d+):/.exec(key)?.[1];
  for (const key of keys) {
    if (key.startsWith("goalboard:grant") || key.startsWith("goalboard:session:")) continue;
    expect(portalOf(key), key).toMatch(/^\d+$/);
  }
  const cached = (portalId: number) => keys.filter((k) => k.startsWith(`goalboard:p${portalId}:cache:`));
  expect(cached(DEMO_PORTAL).length).toBeGreaterThan(0);
  expect(cached(SECOND_PORTAL).length).toBeGreaterThan(0);

  // The stored answers hold their own portal's records only.
  const [demoNames, secondNames] = await Promise.all([admin.targetNames(DEMO_PORTAL), admin.targetNames(SECOND_PORTAL)]);
  for (const [portalId, otherNames] of [
    [DEMO_PORTAL, secondNames],
    [SECOND_PORTAL, demoNames],
  ] as const) {
    for (const key of cached(portalId)) {
      const text = (await redis.get(key)) ?? "";
      if (key.includes(":cache:account:")) expect(JSON.parse(text).value.portalId).toBe(portalId);
      for (const name of otherNames) expect(text, `${key} holds "${name}"`).not.toContain(JSON.stringify(name));
    }
  }
  const ttls = await Promise.all(keys.map((k) => redis.pttl(k)));
  keys.forEach((key, i) => expect(ttls[i], key).toBeGreaterThan(0));
});

test("with Redis stopped no request fails, and the instances share again once it is back", async () => {
  test.setTimeout(60_000);
  const [a, b] = cluster.instances;
  await cluster.redis.stop();
  await admin.resetCalls();

  // Cached and uncached answers, pages and API, both portals, both instances.
  const requests = [
    getJson(grace.page.request, `${a.url}/api/goals`),
    getJson(grace.page.request, `${b.url}/api/goals`),
    getJson(katrin.page.request, `${a.url}/api/goals`),
    getJson(grace.page.request, `${a.url}/api/goal-targets?limit=50`),
    getJson(grace.page.request, `${b.url}/api/goal-targets?limit=51`),
    getJson(katrin.page.request, `${b.url}/api/goal-targets?limit=52`),
  ];
  expect((await Promise.all(requests)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  await grace.page.goto(`${b.url}/goals`);
  await expect(grace.page.getByTestId("goal-table")).toBeVisible();
  for (const instance of cluster.instances) expect(instance.output()).toContain("Redis unavailable: serving from memory until it returns");

  await cluster.redis.start();
  await expect.poll(() => cluster.instances.every((i) => i.output().includes("Redis reachable again")), { timeout: 15_000 }).toBe(true);
  // Shared again: what A loads now, B serves without calling HubSpot.
  expect((await getJson(grace.page.request, `${a.url}/api/goal-targets?limit=60`)).status).toBe(200);
  const before = (await upstream(DEMO_PORTAL)).total;
  expect((await getJson(grace.page.request, `${b.url}/api/goal-targets?limit=60`)).status).toBe(200);
  expect((await upstream(DEMO_PORTAL)).total).toBe(before);
  expect((await redisKeys()).some((k) => k.startsWith(`goalboard:p${DEMO_PORTAL}:cache:goal_targets.list:`))).toBe(true);
});
