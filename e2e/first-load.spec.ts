import { expect, test } from "@playwright/test";
import { expectedGoals } from "./support/expected";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * A client component the page's payload names but the HTML did not load is fetched only once React
 * meets it while hydrating, and hydration waits for that extra round trip. The dashboard's error
 * boundary was such a chunk on every page.
 */
test("every script a dashboard page's payload needs is among the scripts its HTML loads", async ({ page }) => {
  const goal = (await expectedGoals(DEMO_PORTAL))[0];
  await signIn(page, GRACE, "/help");
  for (const path of ["/help", "/goals", "/timeline", `/goals/${goal.id}`, "/targets"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    const loaded = new Set([...html.matchAll(/<script src="\/_next\/static\/chunks\/([\w.-]+\.js)"/g)].map((m) => m[1]));
    const named = new Set([...html.matchAll(/static\/chunks\/([\w.-]+\.js)/g)].map((m) => m[1]));
    expect(loaded.size, path).toBeGreaterThan(3);
    expect([...named].filter((chunk) => !loaded.has(chunk)), path).toEqual([]);
  }
});
