import { type Cookie, expect, type Page } from "@playwright/test";
import { E2E } from "../ports";

export const DEMO_PORTAL = 4000001;
export const SECOND_PORTAL = 4000002;
export const EMPTY_PORTAL = 4000003;

/** Each user's session cookies from their first sign-in in this worker, keyed by user and withheld scopes. */
const sessions = new Map<string, Cookie[]>();

/** Drops every remembered session: the emulator's tokens were reset or expired, so each user signs in again. */
export function forgetSessions() {
  sessions.clear();
}

/**
 * Signs in the way a person does: Goalboard's sign-in page, HubSpot's (the emulator's) consent page,
 * pick a user, grant. Starts from `path` so the return trip to that exact URL is exercised too.
 * A user's later sign-ins in the same run reuse the session of their first (its cookies, as a
 * second tab would), which spares the suite a consent round trip per test; a reused session that
 * Goalboard no longer accepts sends the page to sign-in, and the flow then runs as it would. Tests
 * of signing in, of sessions ending and of a shared link's return trip pass `fresh`: they always
 * go through HubSpot and leave nothing to reuse.
 */
export async function signIn(page: Page, userEmail: string, path = "/goals", options: { withhold?: string[]; fresh?: boolean } = {}) {
  const key = `${userEmail}|${(options.withhold ?? []).join(",")}`;
  const saved = options.fresh ? undefined : sessions.get(key);
  if (saved) await page.context().addCookies(saved);
  await page.goto(path);
  if (saved && !new URL(page.url()).pathname.startsWith("/signin")) return;
  // A remembered session HubSpot no longer renews lands on sign-in saying it expired.
  await expect(page).toHaveURL(saved ? /\/signin\?(error=SessionExpired&)?callbackUrl=/ : /\/signin\?callbackUrl=/);
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(new RegExp(`\\(${userEmail.replace(/[.+]/g, "\\$&")}\\)`)).check();
  for (const scope of options.withhold ?? []) await page.getByLabel(new RegExp(`^${scope.replace(/\./g, "\\.")} \\(optional\\)`)).uncheck();
  await page.getByRole("button", { name: "Grant access" }).click();
  // Back in Goalboard, past the OAuth callback.
  await page.waitForURL((url) => url.port === String(E2E.appPort) && !/^\/(signin|api\/auth)/.test(url.pathname) && !url.pathname.startsWith("/oauth"));
  if (!options.fresh) sessions.set(key, await page.context().cookies(E2E.appUrl));
}
