import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from "../emulator/constants";
import { E2E } from "./ports";
import { callsFor, emulator, type Fault } from "./support/emulator";
import { type Instance, startInstance } from "./support/instance";
import { cookieHeader, streamPage } from "./support/page-stream";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * The fault matrix: for each way HubSpot can fail, what the API answers (status, code,
 * Retry-After), how many times HubSpot was tried, how the page's first byte relates to HubSpot's
 * answer, and what the page shows. The stack gives each try 2.5 s and each request 10 s.
 */

type Expect = {
  status: number;
  code?: string;
  retryAfter?: boolean;
  /** HubSpot tries of the faulted operation for one API request: exact, or [at least, at most]. */
  tries: number | [number, number];
  /** What the page shows once complete (a state's test id, or a heading). */
  shows: string;
  /**
   * Whether the page had to stream: HubSpot took longer than the page's hold (true), or answered
   * well within it (false). Four quick tries with backoff land on either side (undefined).
   */
  streams?: boolean;
};

interface Case {
  name: string;
  fault?: Omit<Fault, "portalId" | "route">;
  /** Faults the search instead (the goal page, and the search API). */
  search?: boolean;
  setup?: () => Promise<void>;
  expect: Expect;
}


const CASES: Case[] = [
  { name: "hang", fault: { hang: true }, expect: { status: 504, code: "UPSTREAM_TIMEOUT", retryAfter: true, tries: [2, 4], shows: "state-upstream-down", streams: true } },
  {
    name: "429 ten-secondly, Retry-After 1 s, persistent",
    fault: { status: 429, policyName: "TEN_SECONDLY_ROLLING", retryAfterSeconds: 1 },
    expect: { status: 429, code: "RATE_LIMITED", retryAfter: true, tries: 5, shows: "state-rate-limited", streams: true },
  },
  {
    name: "429 ten-secondly, no Retry-After (a 10-second window outlasts the deadline)",
    fault: { status: 429, policyName: "TEN_SECONDLY_ROLLING" },
    expect: { status: 429, code: "RATE_LIMITED", retryAfter: true, tries: 1, shows: "state-rate-limited", streams: false },
  },
  { name: "429 daily", fault: { status: 429, policyName: "DAILY" }, expect: { status: 429, code: "DAILY_LIMIT", retryAfter: true, tries: 1, shows: "state-rate-limited", streams: false } },
  { name: "429 search (secondly), persistent", search: true, fault: { status: 429 }, expect: { status: 429, code: "RATE_LIMITED", retryAfter: true, tries: 5, shows: "state-rate-limited", streams: true } },
  ...([500, 502, 503, 504] as const).map(
    (status): Case => ({ name: `${status}, persistent`, fault: { status }, expect: { status: 502, code: "UPSTREAM_FAULT", retryAfter: true, tries: 4, shows: "state-upstream-down" } }),
  ),
  { name: "connection reset, persistent", fault: { reset: true }, expect: { status: 502, code: "UPSTREAM_FAULT", retryAfter: true, tries: 4, shows: "state-upstream-down" } },
  { name: "malformed JSON, persistent", fault: { malformedJson: true }, expect: { status: 502, code: "UPSTREAM_FAULT", retryAfter: true, tries: 4, shows: "state-upstream-down" } },
  { name: "500 once", fault: { status: 500, times: 1 }, expect: { status: 200, tries: 2, shows: "target-facts" } },
  { name: "missing scope", fault: { status: 403, scope: "crm.objects.goals.read" }, expect: { status: 403, code: "MISSING_SCOPE", tries: 1, shows: "state-missing-scope", streams: false } },
  {
    name: "expired access token",
    setup: () => emulator.expireTokens({ portalId: DEMO_PORTAL }).then(() => undefined),
    expect: { status: 200, tries: 2, shows: "target-facts" },
  },
];

let context: BrowserContext;
let page: Page;
let cookie: string;
let targetId: string;
let familyId: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, GRACE, "/help", { fresh: true });
  cookie = await cookieHeader(context);
  const records = await emulator.targets(DEMO_PORTAL);
  const withFamily = records.find((r) => r.properties.hs_group_correlation_uuid)!;
  targetId = withFamily.id;
  familyId = withFamily.properties.hs_group_correlation_uuid!;
});
test.afterAll(async () => {
  await emulator.clearFaults();
  await context?.close();
});

async function apiCall(search: boolean) {
  if (!search) return page.request.get(`/api/goal-targets/${targetId}`);
  return page.request.post("/api/goal-targets/search", { data: { filterGroups: [], limit: 3 }, headers: { origin: E2E.appUrl } });
}

function expectTries(actual: number, expected: Expect["tries"], what: string) {
  if (typeof expected === "number") expect(actual, what).toBe(expected);
  else {
    expect(actual, what).toBeGreaterThanOrEqual(expected[0]);
    expect(actual, what).toBeLessThanOrEqual(expected[1]);
  }
}

for (const c of CASES) {
  test(`fault matrix: ${c.name}`, async () => {
    test.setTimeout(60_000);
    const route = c.search ? "goal_targets.search" : "goal_targets.get";
    const arm = async () => {
      await emulator.clearFaults();
      await emulator.resetCalls();
      await c.setup?.();
      if (c.fault) await emulator.fault({ portalId: DEMO_PORTAL, route, times: null, ...c.fault });
    };

    // The API.
    await arm();
    const res = await apiCall(c.search ?? false);
    expect(res.status(), "API status").toBe(c.expect.status);
    if (c.expect.code) {
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(c.expect.code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    if (c.expect.retryAfter) expect(Number(res.headers()["retry-after"]), "Retry-After").toBeGreaterThan(0);
    expectTries(await callsFor(DEMO_PORTAL, route), c.expect.tries, "HubSpot tries");
    if (c.name === "expired access token") expect(await callsFor(DEMO_PORTAL, "oauth.token")).toBe(1);

    // The page: its first bytes, and what it ends with.
    await arm();
    const path = c.search ? `/goals/${familyId}` : `/targets/${targetId}`;
    const streamed = await streamPage(path, cookie);
    test.info().annotations.push({ type: "page", description: `${c.name}: first byte ${streamed.firstByteMs} ms, complete ${streamed.totalMs} ms` });
    expect(streamed.status).toBe(200);
    const shows = c.expect.shows.startsWith("state-") || c.expect.shows === "target-facts" ? `data-testid="${c.expect.shows}"` : c.expect.shows;
    expect(streamed.html.includes(shows), `page shows ${shows}`).toBe(true);
    const wasStreamed = streamed.html.includes('<div hidden id="S:');
    if (c.expect.streams) {
      // The frame and a loading state went out first; what HubSpot said came after.
      expect(streamed.firstChunk.includes('data-testid="skeleton"'), "skeleton in the first chunk").toBe(true);
      expect(streamed.firstChunk.includes(shows), "outcome not in the first chunk").toBe(false);
      expect(wasStreamed, "streamed").toBe(true);
    } else if (c.expect.streams === false) {
      expect(wasStreamed, "streamed").toBe(false);
    }
    expect(/at [\w.<>]+ \(|node_modules|Internal Server Error/.test(streamed.html), "stack or internals in the page").toBe(false);

    // A 429 holds the portal's calls for its window: wait it out before the next case.
    await emulator.clearFaults();
    await expect.poll(async () => (await apiCall(c.search ?? false)).status(), { timeout: 20_000 }).toBe(200);
  });
}

test("fault matrix: an unknown id is a 404 from the API and a complete not-found page, one call each, then none", async () => {
  await emulator.clearFaults();
  await emulator.resetCalls();
  const res = await page.request.get("/api/goal-targets/8888888801");
  expect(res.status()).toBe(404);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(1);
  const streamed = await streamPage("/targets/8888888802", cookie);
  // HubSpot's miss is remembered: the page is answered with a redirect to itself, then the 404.
  expect(streamed.status).toBe(307);
  const after = await streamPage("/targets/8888888802", cookie);
  expect(after.status).toBe(404);
  expect(after.html).toContain("Goal target not found");
  expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
  expect((await page.request.get("/api/goal-targets/8888888801")).status()).toBe(404);
  expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
});

test("fault matrix: a revoked refresh token sends the user to sign in again, from the API and from the page", async ({ browser }) => {
  const own = await browser.newContext();
  try {
    const ownPage = await own.newPage();
    const before = new Set((await emulator.tokens(DEMO_PORTAL)).refreshTokens);
    await signIn(ownPage, GRACE, "/help", { fresh: true });
    const ownCookie = await cookieHeader(own);
    const fresh = (await emulator.tokens(DEMO_PORTAL)).refreshTokens.filter((token) => !before.has(token));
    expect(fresh).toHaveLength(1);
    await emulator.resetCalls();
    // HubSpot's revocation also ends the access tokens issued from these refresh tokens.
    for (const token of fresh) {
      await fetch(`${E2E.emulatorUrl}/oauth/2026-03/token/revoke`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, token }),
      });
    }
    const res = await ownPage.request.get(`/api/goal-targets/${targetId}`);
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("SESSION_EXPIRED");
    const counts = JSON.stringify((await emulator.calls()).byPortal[String(DEMO_PORTAL)]);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get"), counts).toBe(1);
    expect(await callsFor(DEMO_PORTAL, "oauth.token"), counts).toBe(1);
    // The session's other requests are told the same without asking HubSpot again: it would refuse again.
    const again = await ownPage.request.get(`/api/goal-targets/${targetId}`);
    expect(again.status()).toBe(401);
    expect(await callsFor(DEMO_PORTAL, "oauth.token")).toBe(1);
    const streamed = await streamPage(`/targets/${targetId}`, ownCookie);
    expect(streamed.status).toBe(307);
    await ownPage.goto(`/targets/${targetId}`);
    await expect(ownPage).toHaveURL(/\/signin\?error=SessionExpired&callbackUrl=%2Ftargets%2F\d+/);
  } finally {
    await own.close();
  }
});

test("fault matrix: with Redis down from the start, every request is served from memory", async ({ browser }) => {
  test.setTimeout(90_000);
  // Nothing listens on this port: Redis is down for this instance's whole life.
  const instance: Instance = await startInstance(E2E.emulatorUrl, { REDIS_URL: "redis://127.0.0.1:1", CACHE_TTL_SECONDS: "30", LOG_LEVEL: "info" });
  const own = await browser.newContext();
  try {
    const ownPage = await own.newPage();
    await ownPage.goto(`${instance.url}/help`);
    await ownPage.getByRole("button", { name: "Sign in with HubSpot" }).click();
    await ownPage.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
    await ownPage.getByRole("button", { name: "Grant access" }).click();
    await ownPage.waitForURL(`${instance.url}/help`);
    await emulator.resetCalls();
    const res = await ownPage.request.get(`${instance.url}/api/goal-targets/${targetId}`);
    expect(res.status()).toBe(200);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(1);
    await ownPage.goto(`${instance.url}/targets/${targetId}`);
    await expect(ownPage.getByTestId("target-facts")).toBeVisible();
    expect(instance.output()).toContain("Redis unavailable: serving from memory until it returns");
    expect(instance.output()).not.toMatch(/"level":50/);
  } finally {
    await own.close();
    await instance.stop();
  }
});

test.describe("what the page shows, and how it recovers without a reload", () => {
  test.afterEach(() => emulator.clearFaults());

  test("hanging HubSpot: a loading state at once, then the explanation, and Try again brings the target", async () => {
    test.setTimeout(60_000);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", hang: true, times: null });
    await page.goto(`/targets/${targetId}`, { waitUntil: "commit" });
    await expect(page.getByTestId("skeleton").first()).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const state = page.getByTestId("state-upstream-down");
    await expect(state).toBeVisible({ timeout: 20_000 });
    await expect(state).toContainText("HubSpot did not answer in time");
    await page.screenshot({ path: test.info().outputPath("hang-error.png"), fullPage: true });
    await emulator.clearFaults();
    await state.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("target-facts")).toBeVisible();
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  });

  test("hanging HubSpot on the goal list: loading, then the explanation, and Try again brings the list", async () => {
    test.setTimeout(60_000);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", hang: true, times: null });
    await page.goto("/goals");
    await expect(page.getByTestId("skeleton").first()).toBeVisible();
    const state = page.getByTestId("state-upstream-down");
    await expect(state).toBeVisible({ timeout: 30_000 });
    await expect(state).toContainText("HubSpot did not answer in time");
    await emulator.clearFaults();
    await state.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("goal-table")).toBeVisible({ timeout: 20_000 });
  });

  test("a persistent ten-secondly 429: says when it retries, and retries by itself", async () => {
    test.setTimeout(60_000);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 429, policyName: "TEN_SECONDLY_ROLLING", retryAfterSeconds: 1, times: null });
    await page.goto(`/targets/${targetId}`, { waitUntil: "commit" });
    const state = page.getByTestId("state-rate-limited");
    await expect(state).toBeVisible({ timeout: 20_000 });
    await expect(state).toContainText("Retrying automatically in");
    await page.screenshot({ path: test.info().outputPath("rate-limited.png"), fullPage: true });
    await emulator.clearFaults();
    await expect(page.getByTestId("target-facts")).toBeVisible({ timeout: 20_000 });
  });

  test("HubSpot failing on the goal page: the explanation with Try again, which brings the goal", async () => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 503, times: null });
    await page.goto(`/goals/${familyId}`);
    const state = page.getByTestId("state-upstream-down");
    await expect(state).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Goal" })).toBeVisible();
    await emulator.clearFaults();
    await state.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("goal-title")).toBeVisible();
  });

  test("a missing scope names the scope to grant", async () => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 403, scope: "crm.objects.goals.read", times: null });
    await page.goto(`/targets/${targetId}`);
    const state = page.getByTestId("state-missing-scope");
    await expect(state).toContainText("crm.objects.goals.read");
  });
});
