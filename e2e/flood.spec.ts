import { expect, test, type APIResponse } from "@playwright/test";
import { callsFor, emulator } from "./support/emulator";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * A flood of unknown ids: one user asks for a hundred (then a hundred and fifty) well-formed ids the
 * portal does not have, all at once, while a colleague reads a goal target. The flood costs one
 * HubSpot call per id it gets an answer for (and nothing when repeated), whatever it cannot fit is
 * refused at once with a Retry-After, and the colleague's read does not wait behind it.
 */
const AVA = "ava.thompson@northwind-traders.example";

for (const size of [100, 150]) {
  test(`a flood of ${size} unknown ids costs one call each, and a colleague's read goes ahead of it`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const colleague = await browser.newContext();
    try {
      const colleaguePage = await colleague.newPage();
      await signIn(page, GRACE, "/help");
      await signIn(colleaguePage, AVA, "/help");
      const known = (await emulator.targets(DEMO_PORTAL))[size === 100 ? 1 : 2].id;
      // Fresh ids per run: the not-found memo would otherwise answer a repeated run for free.
      const base = 7_700_000_000 + (Date.now() % 1_000_000) * 1000;
      const ids = Array.from({ length: size }, (_, i) => String(base + i));
      await emulator.resetCalls();

      let settledBeforeColleague = -1;
      let settled = 0;
      const flood = ids.map((id) =>
        page.request.get(`/api/goal-targets/${id}`).then((res) => {
          settled += 1;
          return res;
        }),
      );
      const read = await colleaguePage.request.get(`/api/goal-targets/${known}`);
      settledBeforeColleague = settled;
      const answers: APIResponse[] = await Promise.all(flood);

      expect(read.status()).toBe(200);
      expect(((await read.json()) as { record: { id: string } }).record.id).toBe(known);
      const statuses = answers.map((res) => res.status());
      const missing = statuses.filter((s) => s === 404).length;
      const refused = statuses.filter((s) => s === 503).length;
      test.info().annotations.push({ type: "flood", description: `${size} ids: ${missing} answered 404, ${refused} refused 503; the colleague's read came back after ${settledBeforeColleague} flood answers` });
      expect(missing + refused).toBe(size);
      expect(missing).toBeGreaterThan(0);
      for (const res of answers) {
        const body = (await res.json()) as { error: { code: string } };
        expect(body.error.code).toBe(res.status() === 404 ? "NOT_FOUND" : "UPSTREAM_BUSY");
        if (res.status() === 503) expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      }
      // One call per id HubSpot was asked about, plus the colleague's; one archived-index page at most.
      expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(missing + 1);
      expect(await callsFor(DEMO_PORTAL, "goal_targets.list")).toBeLessThanOrEqual(1);
      // The colleague's read did not queue behind the flood: it was answered while most of the
      // flood's answers were still to come.
      expect(settledBeforeColleague - refused).toBeLessThan(missing / 2);

      // Asked again, the ids HubSpot already said it lacks cost nothing.
      const remembered = ids.filter((_, i) => statuses[i] === 404);
      await emulator.resetCalls();
      const again = await Promise.all(remembered.map((id) => page.request.get(`/api/goal-targets/${id}`)));
      expect(again.map((res) => res.status())).toEqual(remembered.map(() => 404));
      expect(await callsFor(DEMO_PORTAL)).toBe(0);
    } finally {
      await colleague.close();
    }
  });
}
