import { expect, test, type Page } from "@playwright/test";
import { GRACE } from "./support/session";
import { signIn } from "./support/sign-in";

/**
 * The general not-found page, signed in: it must run under the page policy like every other page,
 * so its scripts carry the request's nonce, and the whole visit, sign-in included, leaves the
 * browser nothing to report.
 */

/** Console errors, uncaught exceptions and failed subresources, from now on. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium logs the page's own 404 status as a failed load; that one is the point of the page.
    const ownStatus = message.location().url === page.url() && /status of 404/.test(message.text());
    if (message.type() === "error" && !ownStatus) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    // The page itself answers 404 on purpose; anything it loads must not.
    if (response.status() >= 400 && response.request().resourceType() !== "document") problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    // Prefetches still in flight when the browser leaves a page are cancelled, not failed.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  return problems;
}

test("an unknown address, signed in, shows the not-found page with every script allowed and no console error", async ({ page }) => {
  // Watched from the start: the sign-in on the emulator's consent page counts too.
  const problems = watchProblems(page);
  await signIn(page, GRACE, "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();

  const response = await page.goto("/nope");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  // Every script the page carries holds the nonce the policy of this very response names.
  const csp = response!.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((n) => n !== nonce)).toEqual([]);

  // The scripts ran: the link is a client-side navigation, which only a hydrated page makes.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.getByRole("link", { name: "Go to your goals" }).click();
  await expect(page).toHaveURL("/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
  expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  expect(problems).toEqual([]);
});

test("goal and target pages that are not there are complete without scripts, with a 404", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Signing in needs scripts; the cookie it leaves is all this browser needs.
    const scripted = await browser.newContext();
    const signer = await scripted.newPage();
    await signIn(signer, GRACE, "/help");
    await context.addCookies(await scripted.cookies());
    await scripted.close();
    for (const [path, heading] of [
      ["/goals/not-a-goal", "Goal not found"],
      ["/goals/9223372036854775808", "Goal not found"],
      ["/targets/abc", "Goal target not found"],
      // Unknown to HubSpot: the page asks, and answers with the complete 404 page.
      ["/targets/6666666601", "Goal target not found"],
      ["/goals/0b6c1a4e-1111-4222-8333-944455556602", "Goal not found"],
      ["/nothing/here", "Page not found"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
      await expect(page.getByRole("link", { name: /goal list|your goals/ }), path).toBeVisible();
    }
  } finally {
    await context.close();
  }
});
