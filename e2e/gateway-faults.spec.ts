import { expect, test } from "@playwright/test";
import { callsFor, emulator } from "./support/emulator";
import { signedIn, someTargetId } from "./support/session";
import { DEMO_PORTAL } from "./support/sign-in";

test.describe("upstream faults through the gateway", () => {
  test.beforeEach(async ({ page }) => signedIn(page));
  test.afterEach(async () => emulator.clearFaults());

  test("5xx answers are retried until HubSpot answers", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 503, times: 1 });
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 500, times: 1 });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).record.id).toBe(id);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(3);
  });

  test("a HubSpot that keeps failing gives a 502 with a message, after a bounded number of tries", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 502, times: null });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(502);
    const body = await res.json();
    expect(body.error.code).toBe("UPSTREAM_FAULT");
    expect(body.error.message).toMatch(/HubSpot is not answering/);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(4);
  });

  test("a hanging answer times out and is retried", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", hang: true, times: 1 });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(200);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
  });

  test("a reset connection is retried", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", reset: true, times: 1 });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(200);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
  });

  test("malformed JSON from HubSpot is retried like a 5xx", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", malformedJson: true, times: 1 });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(200);
    expect((await res.json()).record.id).toBe(id);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
  });

  test("malformed JSON that keeps coming is an upstream fault with Retry-After, after a bounded number of tries", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", malformedJson: true, times: null });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(502);
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await res.json()).error.message).toMatch(/could not read/);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(4);
  });

  test("a ten-secondly 429 waits for the window, then succeeds", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 429, policyName: "TEN_SECONDLY_ROLLING", retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(200);
    // It honoured Retry-After rather than hammering HubSpot (a lower bound only: slow machines are fine).
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
  });

  test("the daily limit stops at once and says so, with Retry-After", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 429, policyName: "DAILY", times: null });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(429);
    expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
    const body = await res.json();
    expect(body.error.code).toBe("DAILY_LIMIT");
    expect(body.error.message).toMatch(/daily/);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(1);
  });

  test("a missing scope is a 403 naming the scope to grant", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", status: 403, scope: "crm.objects.goals.read", times: 1 });
    const res = await page.request.get(`/api/goal-targets/${id}`);
    expect(res.status()).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBe("MISSING_SCOPE");
    expect(body.error.scope).toBe("crm.objects.goals.read");
    expect(body.error.message).toContain("crm.objects.goals.read");
  });

  test("an unknown id is a 404", async ({ page }) => {
    const res = await page.request.get("/api/goal-targets/999999999");
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
  });

  test("50 concurrent identical requests cause one upstream call", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    // Slow HubSpot down (under the stack's 2.5 s call timeout) so all 50 are surely in flight
    // together on a busy machine: the e2e stack caches nothing, so only coalescing can make one call.
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.get", latencyMs: 1800, times: null });
    const answers = await Promise.all(Array.from({ length: 50 }, () => page.request.get(`/api/goal-targets/${id}`)));
    for (const res of answers) expect(res.status()).toBe(200);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(1);
  });

  test("a token that expires mid-session is refreshed once, with no visible error", async ({ page }) => {
    const id = await someTargetId(DEMO_PORTAL);
    await emulator.expireTokens({ portalId: DEMO_PORTAL });
    const answers = await Promise.all([
      page.request.get(`/api/goal-targets/${id}`),
      page.request.get("/api/account"),
      page.request.get("/api/directory"),
      page.request.get("/api/goal-targets?limit=5"),
    ]);
    for (const res of answers) expect(res.status()).toBe(200);
    expect(await callsFor(DEMO_PORTAL, "oauth.token")).toBe(1);
    // The page keeps working without a sign-in prompt.
    await page.goto("/targets");
    await expect(page.getByTestId("target-table")).toBeVisible();
    expect(page.url()).toContain("/targets");
    expect(await callsFor(DEMO_PORTAL, "oauth.token")).toBe(1);
  });
});
