import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test("no HubSpot access or refresh token reaches anything the browser can read", async ({ page, context }) => {
  const seen: string[] = [];
  page.on("response", async (res) => {
    seen.push(`${res.url()}\n${JSON.stringify(await res.allHeaders())}`);
    const type = res.headers()["content-type"] ?? "";
    if (/html|javascript|json|text|css/.test(type)) seen.push(await res.text().catch(() => ""));
  });

  await signIn(page, GRACE, "/goals?q=quota", { fresh: true });
  await expect(page.getByTestId("goal-table")).toBeVisible();
  await page.goto("/targets");
  await expect(page.getByTestId("target-table")).toBeVisible();
  await page.goto("/api/auth/session");
  // Renewed tokens count too: force a refresh and use the app again.
  await emulator.expireTokens({ portalId: DEMO_PORTAL });
  await page.goto("/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();

  seen.push(await page.evaluate(() => document.cookie));
  seen.push(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })));
  for (const cookie of await context.cookies()) seen.push(`${cookie.name}=${cookie.value}`);

  const { accessTokens, refreshTokens } = await emulator.tokens(DEMO_PORTAL);
  expect(accessTokens.length).toBeGreaterThanOrEqual(2); // the first grant and its renewal
  expect(refreshTokens.length).toBeGreaterThanOrEqual(1);
  const corpus = seen.join("\n");
  expect(corpus.length).toBeGreaterThan(10_000);
  expect(corpus).toContain("grace.holloway"); // the scan does see what the browser sees
  for (const token of [...accessTokens, ...refreshTokens]) {
    expect(corpus.includes(token), `token ${token.slice(0, 8)}… leaked`).toBe(false);
  }
  // The session cookie is HttpOnly: scripts cannot read it at all.
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});
