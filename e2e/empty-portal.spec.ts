import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { EMPTY_PORTAL, signIn } from "./support/sign-in";

/** A portal with no goals yet: every list page says so plainly instead of erring or showing an empty grid. */

const TAYLOR = "taylor.reed@empty-portal.example";

test("a portal without goals says so on the goal list, /targets and /timeline", async ({ page }) => {
  expect(await emulator.targets(EMPTY_PORTAL), "the emulator's empty portal has no goal targets").toEqual([]);
  await signIn(page, TAYLOR, "/goals");
  const domain = (await emulator.portals()).find((p) => p.portalId === EMPTY_PORTAL)!.hubDomain;
  await expect(page.getByTestId("portal-name")).toHaveText(domain);
  for (const path of ["/goals", "/targets", "/timeline"]) {
    if (new URL(page.url()).pathname !== path) await page.goto(path);
    await expect(page.getByRole("heading", { name: "This portal has no goals yet" }), path).toBeVisible();
    await expect(page.locator("main").getByRole("alert"), path).toHaveCount(0);
  }
  const res = await page.request.get("/api/goals");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ portalId: EMPTY_PORTAL, targets: [] });
});
