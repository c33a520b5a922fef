import { expect, type Page } from "@playwright/test";
import { E2E } from "../ports";

export const DEMO_PORTAL = 4000001;
export const SECOND_PORTAL = 4000002;
export const EMPTY_PORTAL = 4000003;

/**
 * Signs in the way a person does: Goalboard's sign-in page, HubSpot's (the emulator's) consent page,
 * pick a user, grant. Starts from `path` so the return trip to that exact URL is exercised too.
 */
export async function signIn(page: Page, userEmail: string, path = "/goals", options: { withhold?: string[] } = {}) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(new RegExp(`\\(${userEmail.replace(/[.+]/g, "\\$&")}\\)`)).check();
  for (const scope of options.withhold ?? []) await page.getByLabel(new RegExp(`^${scope.replace(/\./g, "\\.")} \\(optional\\)`)).uncheck();
  await page.getByRole("button", { name: "Grant access" }).click();
  // Back in Goalboard, past the OAuth callback.
  await page.waitForURL((url) => url.port === String(E2E.appPort) && !/^\/(signin|api\/auth)/.test(url.pathname) && !url.pathname.startsWith("/oauth"));
}
