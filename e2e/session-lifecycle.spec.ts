import { expect, test } from "@playwright/test";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from "../emulator/constants";
import { E2E } from "./ports";
import { emulator } from "./support/emulator";
import { type Instance, startInstance } from "./support/instance";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/** Asks the emulator, as HubSpot's 2026-03 OAuth API, whether a token is still good. */
async function introspect(token: string): Promise<{ active: boolean }> {
  const res = await fetch(`${E2E.emulatorUrl}/oauth/2026-03/token/introspect`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, token }),
  });
  return (await res.json()) as { active: boolean };
}

test("signing in exchanges the code and introspects on HubSpot's 2026-03 OAuth API, never v1", async ({ page }) => {
  await emulator.resetCalls();
  await signIn(page, GRACE, "/help", { fresh: true });
  const counts = (await emulator.calls()).byPortal[String(DEMO_PORTAL)];
  expect(counts.byRoute["oauth.token"]).toBe(1);
  expect(counts.byRoute["oauth.introspect"]).toBe(1);
  expect(counts.byVersion["2026-03"]).toBe(2);
  expect(counts.byVersion.v1).toBeUndefined();
});

test("sign-out ends the session: pages go back through sign-in and the API answers 401", async ({ page }) => {
  await signIn(page, GRACE, "/goals", { fresh: true });
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

test("sign-out then replay: a copied session cookie is refused at once, and HubSpot revoked the grant it carries", async ({ page, browser }) => {
  await signIn(page, GRACE, "/goals", { fresh: true });
  await expect(page.getByTestId("goal-table")).toBeVisible();
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);
  const revokedBefore = new Set((await emulator.tokens(DEMO_PORTAL)).details.refresh.filter((r) => r.revoked).map((r) => r.token));
  await emulator.resetCalls();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=1/);

  // Someone who copied the cookie before the sign-out replays it from another browser.
  const replay = await browser.newContext();
  try {
    await replay.addCookies(copied);
    const account = await replay.request.get("/api/account");
    expect(account.status()).toBe(401);
    expect((await account.json()).error.code).toBe("UNAUTHENTICATED");
    expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
    const replayPage = await replay.newPage();
    await replayPage.goto("/goals");
    await expect(replayPage).toHaveURL(/\/signin\?callbackUrl=%2Fgoals/);
  } finally {
    await replay.close();
  }

  // HubSpot was asked to revoke the refresh token, on the 2026-03 API; it and its access token are dead.
  const counts = (await emulator.calls()).byPortal[String(DEMO_PORTAL)];
  expect(counts.byRoute["oauth.revoke"]).toBe(1);
  expect(counts.byVersion["2026-03"]).toBe(1);
  const after = await emulator.tokens(DEMO_PORTAL);
  const revoked = after.details.refresh.filter((r) => r.revoked && !revokedBefore.has(r.token)).map((r) => r.token);
  expect(revoked).toHaveLength(1);
  expect(await introspect(revoked[0])).toEqual({ active: false });
});

test("when HubSpot refuses the refresh token, the user is sent to sign in again and returns to the same view", async ({ page }) => {
  await signIn(page, GRACE, "/goals?q=revenue", { fresh: true });
  await expect(page.getByTestId("goal-table")).toBeVisible();
  // The whole list, not the goals a load still running has so far: that load would serve the next page.
  await expect(page.getByTestId("loading-progress")).toHaveCount(0);
  const { refreshTokens } = await emulator.tokens(DEMO_PORTAL);
  for (const token of refreshTokens) {
    await fetch(`${E2E.emulatorUrl}/oauth/2026-03/token/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, token, token_type_hint: "refresh_token" }),
    });
  }

  await page.goto("/targets?q=revenue");
  await expect(page).toHaveURL(/\/signin\?error=SessionExpired&callbackUrl=%2Ftargets%3Fq%3Drevenue/);
  await expect(page.getByText("Your HubSpot sign-in has expired. Please sign in again.")).toBeVisible();
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
  await page.getByRole("button", { name: "Grant access" }).click();
  await expect(page).toHaveURL(/\/targets\?q=revenue$/);
  await expect(page.getByTestId("target-table")).toBeVisible();
});

test.describe("idle timeout", () => {
  let instance: Instance;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    instance = await startInstance(E2E.emulatorUrl, { SESSION_IDLE_SECONDS: "6", CACHE_TTL_SECONDS: "0", LOG_LEVEL: "warn" });
  });
  test.afterAll(async () => instance?.stop());

  test("a session in use stays signed in; one left alone longer than the idle timeout is refused", async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${instance.url}/help`);
    await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
    await page.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.waitForURL(`${instance.url}/help`);
    // Used every 2 seconds for twice the timeout: still signed in.
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(2_000);
      expect((await page.request.get(`${instance.url}/api/account`)).status()).toBe(200);
    }
    // Then left alone past the timeout.
    await page.waitForTimeout(7_000);
    expect((await page.request.get(`${instance.url}/api/account`)).status()).toBe(401);
    await page.goto(`${instance.url}/goals`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fgoals/);
  });
});
