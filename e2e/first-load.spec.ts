import { expect, test } from "@playwright/test";
import { expectEveryChunkLoaded } from "./support/chunks";
import { expectedGoals } from "./support/expected";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

test("every script a dashboard page's payload needs is among the scripts its HTML loads", async ({ page }) => {
  const goal = (await expectedGoals(DEMO_PORTAL))[0];
  await signIn(page, GRACE, "/help");
  for (const path of ["/help", "/goals", "/timeline", `/goals/${goal.id}`, "/targets"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    await expectEveryChunkLoaded(page.request, "", await res.text(), path);
  }
});
