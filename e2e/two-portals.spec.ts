import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { GRACE, KATRIN } from "./support/session";
import { DEMO_PORTAL, SECOND_PORTAL, signIn } from "./support/sign-in";

test("two users of two portals, signed in at once, never see each other's data", async ({ browser }) => {
  const northwind = await browser.newContext();
  const contoso = await browser.newContext();
  const a = await northwind.newPage();
  const b = await contoso.newPage();
  await Promise.all([signIn(a, GRACE, "/targets"), signIn(b, KATRIN, "/targets")]);
  await Promise.all([expect(a.getByTestId("target-table")).toBeVisible(), expect(b.getByTestId("target-table")).toBeVisible()]);

  const names = async (portalId: number) => new Set((await emulator.targets(portalId)).map((t) => t.properties.hs_goal_name!));
  const [northwindNames, contosoNames] = await Promise.all([names(DEMO_PORTAL), names(SECOND_PORTAL)]);

  const domains = new Map((await emulator.portals()).map((p) => [p.portalId, p.hubDomain]));
  for (const [page, own, other, portalId] of [
    [a, northwindNames, contosoNames, DEMO_PORTAL],
    [b, contosoNames, northwindNames, SECOND_PORTAL],
  ] as const) {
    await expect(page.getByTestId("portal-name")).toHaveText(domains.get(portalId)!);
    const text = await page.locator("main").innerText();
    for (const name of other) expect(text).not.toContain(name);
    // …and it does show its own: one of its goal names is in the table.
    expect([...own].filter((name) => text.includes(name)).length, "own goal names shown").toBeGreaterThan(0);
    const res = await page.request.get("/api/goals");
    const body = await res.json();
    expect(body.portalId).toBe(portalId);
    const seen = new Set<string>(body.targets.map((t: { name: string }) => t.name));
    expect(seen).toEqual(own);
  }
  await northwind.close();
  await contoso.close();
});
