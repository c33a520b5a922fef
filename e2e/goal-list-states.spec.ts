import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { GRACE, signedIn } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test.describe("goal list states under upstream faults", () => {
  test.beforeEach(async ({ page }) => signedIn(page));
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
