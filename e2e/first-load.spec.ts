import { expect, test } from "@playwright/test";
import { chunksNotLoaded } from "./support/chunks";
import { expectedGoals } from "./support/expected";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/** The dashboard's error boundary was such a chunk on every page (see support/chunks.ts). */
test("every script a dashboard page's payload needs is among the scripts its HTML loads", async ({ page }) => {
  const goal = (await expectedGoals(DEMO_PORTAL))[0];
  await signIn(page, GRACE, "/help");
  for (const path of ["/help", "/goals", "/timeline", `/goals/${goal.id}`, "/targets"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    const { loaded, missing } = chunksNotLoaded(await res.text());
    expect(loaded.length, path).toBeGreaterThan(3);
    expect(missing, path).toEqual([]);
  }
});
