import { expect, test } from "@playwright/test";
import { callsFor, emulator } from "./support/emulator";
import { GRACE, signedIn } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test.describe("goal list states under upstream faults", () => {
  // These tests read the server's portal load as it starts and ends: a session of their own, as before reuse, keeps its timing.
  test.beforeEach(async ({ page }) => signedIn(page, GRACE, { fresh: true }));
  test.afterEach(async () => emulator.clearFaults());

  test("HubSpot down: a message and a retry button that recovers", async ({ page }) => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 500, times: null });
    await page.reload();
    const state = page.getByTestId("state-upstream-down");
    await expect(state).toBeVisible({ timeout: 20_000 });
    await expect(state).toContainText("Could not load your goals");
    await emulator.clearFaults();
    await state.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("goal-table")).toBeVisible();
  });

  test("missing scope: names the scope and how to grant it", async ({ page }) => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 403, scope: "crm.objects.goals.read", times: null });
    await page.reload();
    const state = page.getByTestId("state-missing-scope");
    await expect(state).toBeVisible();
    await expect(state).toContainText("crm.objects.goals.read");
    await expect(state).toContainText("reinstall Goalboard");
    await expect(state.getByRole("button", { name: "Sign in again" })).toBeVisible();
  });

  test("rate-limited: says when it will retry, then retries by itself", async ({ page }) => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 429, policyName: "TEN_SECONDLY_ROLLING", retryAfterSeconds: 1, times: null });
    await page.reload();
    const state = page.getByTestId("state-rate-limited");
    await expect(state).toBeVisible({ timeout: 20_000 });
    await expect(state).toContainText("Retrying automatically in");
    await emulator.clearFaults();
    await expect(page.getByTestId("goal-table")).toBeVisible({ timeout: 20_000 });
  });

  test("a load that finished after its page stopped asking is not served minutes later as if just read", async ({ page }, testInfo) => {
    testInfo.setTimeout(60_000);
    // Pages slower than a request waits (1.5 s) and quicker than a call may take (2.5 s here): the
    // request answers "loading", and the load finishes with nobody asking for it.
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", latencyMs: 1_700, times: null });
    await emulator.resetCalls();
    const first = await page.request.get("/api/goals");
    expect(((await first.json()) as { status: string }).status).toBe("loading");
    // Every page of the portal (307 targets, 200 a page) read.
    await expect.poll(() => callsFor(DEMO_PORTAL, "goal_targets.search"), { timeout: 20_000 }).toBe(2);
    await emulator.clearFaults();
    // Later, HubSpot refuses: a page loaded now (the e2e server keeps no cache) must say so, not show the old read.
    await page.waitForTimeout(12_000);
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 429, policyName: "DAILY", times: null });
    const later = await page.request.get("/api/goals");
    expect(later.status()).toBe(429);
    expect(((await later.json()) as { error: { code: string } }).error.code).toBe("DAILY_LIMIT");
  });

  test("daily limit: says the allowance is spent and does not loop", async ({ page }) => {
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 429, policyName: "DAILY", times: null });
    await page.reload();
    const state = page.getByTestId("state-rate-limited");
    await expect(state).toBeVisible();
    await expect(state).toContainText("daily HubSpot API allowance");
  });
});

test("an empty portal says so instead of showing an empty table", async ({ page }) => {
  await signIn(page, "taylor.reed@empty-portal.example", "/goals");
  await expect(page.getByTestId("state-empty")).toContainText("This portal has no goals yet");
  expect(GRACE).toBeTruthy();
});
