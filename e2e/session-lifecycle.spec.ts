import { expect, test } from "@playwright/test";
import { E2E } from "./ports";
import { emulator } from "./support/emulator";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test("sign-out ends the session: pages go back through sign-in and the API answers 401", async ({ page }) => {
  await signIn(page, GRACE, "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("status")).toHaveText(/You have signed out of Goalboard/);
  expect((await page.request.get("/api/goals")).status()).toBe(401);
  await page.goto("/targets?q=quota");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Ftargets%3Fq%3Dquota/);
  // Nothing of the previous session's data lingers in the page's storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/Quota|Revenue|4000001|grace/);
});

test("when HubSpot refuses the refresh token, the user is sent to sign in again and returns to the same view", async ({ page }) => {
  await signIn(page, GRACE, "/goals?q=revenue");
  await expect(page.getByTestId("goal-table")).toBeVisible();
  const { refreshTokens } = await emulator.tokens(DEMO_PORTAL);
  for (const token of refreshTokens) await fetch(`${E2E.emulatorUrl}/oauth/v1/refresh-tokens/${token}`, { method: "DELETE" });
  await emulator.expireTokens({ portalId: DEMO_PORTAL });

  await page.goto("/targets?q=revenue");
  await expect(page).toHaveURL(/\/signin\?error=SessionExpired&callbackUrl=%2Ftargets%3Fq%3Drevenue/);
  await expect(page.getByText("Your HubSpot sign-in has expired. Please sign in again.")).toBeVisible();
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
  await page.getByRole("button", { name: "Grant access" }).click();
  await expect(page).toHaveURL(/\/targets\?q=revenue$/);
  await expect(page.getByTestId("target-table")).toBeVisible();
});
