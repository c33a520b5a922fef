import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test.describe("sign-in with HubSpot", () => {
  test("a signed-out visit to a deep URL signs in through HubSpot and lands on that exact URL", async ({ page }) => {
    const deepUrl = "/goals?q=quota&status=active&sort=totalTarget&dir=desc";
    await signIn(page, "grace.holloway@northwind-traders.example", deepUrl, { fresh: true });
    await expect(page).toHaveURL(deepUrl);
    // The portal by its HubSpot domain, as token introspection reports it, not a bare id.
    const portal = (await emulator.portals()).find((p) => p.portalId === DEMO_PORTAL)!;
    await expect(page.getByTestId("portal-name")).toHaveText(portal.hubDomain);
    await expect(page.getByRole("heading", { name: "Goals", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Search by name")).toHaveValue("quota");
  });

  test("the sign-in page refuses to send a user to another site afterwards", async ({ page }) => {
    await page.goto("/signin?callbackUrl=https://evil.example/phish");
    await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
    await page.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
    await page.getByRole("button", { name: "Grant access" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/goals$/);
  });
});
