import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./ports";
import { callsFor, emulator } from "./support/emulator";
import { type Instance, signInAt, startInstance } from "./support/instance";
import { GRACE } from "./support/session";
import { expectEveryChunkLoaded } from "./support/chunks";
import { expectedGoals } from "./support/expected";
import { DEMO_PORTAL } from "./support/sign-in";

/**
 * The main stack caches nothing, to keep fault tests deterministic. The demo and a real deployment
 * keep answers 30 s and serve them stale for 300 s more; these run against an instance set up like
 * that, on the same emulator, because a cache can change what a missing record turns into.
 */

test.describe.configure({ mode: "serial" });

let instance: Instance;
let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  instance = await startInstance(E2E.emulatorUrl, { CACHE_TTL_SECONDS: "30", CACHE_STALE_SECONDS: "300", LOG_LEVEL: "warn" });
  page = await browser.newPage();
  await signInAt(page, instance, GRACE);
});

test.afterAll(async () => {
  await page?.close();
  await instance?.stop();
});

const UNKNOWN_PAGES: [path: string, heading: string][] = [
  ["/targets/999999999", "Goal target not found"],
  ["/goals/999999999", "Goal not found"],
  ["/goals/0b6c1a4e-1111-4222-8333-944455556666", "Goal not found"],
];

test("well-formed ids HubSpot does not know get the not-found page and a 404, every time", async () => {
  for (const round of [1, 2]) {
    for (const [path, heading] of UNKNOWN_PAGES) {
      const response = await page.goto(`${instance.url}${path}`);
      expect(response?.status(), `${path}, visit ${round}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText(/could not load|something went wrong/i)).toHaveCount(0);
    }
    for (const [path, message] of [
      ["/api/goal-targets/999999999", /no goal target with this id/],
      ["/api/goals/999999999", /no goal target with this id/],
    ] as const) {
      const res = await page.request.get(`${instance.url}${path}`);
      expect(res.status(), `${path}, call ${round}`).toBe(404);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("NOT_FOUND");
      expect(body.error.message).toMatch(message);
    }
  }
  expect(instance.output()).not.toMatch(/produced nothing|unhandled error/);
});

test("an archived target costs one live miss and one archived read, then comes from the cache", async () => {
  const record = (await emulator.targets(DEMO_PORTAL, true))[0];
  await emulator.resetCalls();
  const res = await page.request.get(`${instance.url}/api/goal-targets/${record.id}`);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { record: { id: string; archived: boolean } }).record).toMatchObject({ id: record.id, archived: true });
  expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);

  await page.goto(`${instance.url}/targets/${record.id}`);
  await expect(page.getByRole("heading", { level: 1, name: record.properties.hs_goal_name! })).toBeVisible();
  await expect(page.getByTestId("target-archived")).toHaveText("Archived");
  await expect(page.locator('[data-testid=property][data-name=archived] [data-testid=property-value]')).toHaveText("true");
  expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(2);
});

test("the timeline is in the HTML down to its period table, for the view its URL names", async () => {
  await page.goto(`${instance.url}/timeline`);
  await expect(page.getByTestId("period-table")).toBeVisible();
  const html = await (await page.request.get(`${instance.url}/timeline?bucket=quarter&range=last-year`)).text();
  for (const mark of ["gantt", "period-chart", "period-table"]) expect(html).toContain(`data-testid="${mark}"`);
  expect(html).toMatch(/Target per quarter, by team/);
  expect(html).toMatch(/<input[^>]*checked=""[^>]*value="last-year"|<input[^>]*value="last-year"[^>]*checked=""/);
});

test("the goal list's HTML holds the first rows of the URL's view, filtered and sorted by the server", async () => {
  const expected = await expectedGoals(DEMO_PORTAL);
  const matching = expected.filter((g) => /revenue/i.test(g.name));
  expect(matching.length).toBeGreaterThan(1);
  expect(matching.length).toBeLessThan(expected.length);
  await page.goto(`${instance.url}/goals`);
  await expect(page.getByTestId("goal-row")).toHaveCount(expected.length);
  const html = await (await page.request.get(`${instance.url}/goals?q=revenue&sort=end&dir=desc`)).text();
  const ids = [...html.matchAll(/data-testid="goal-row" data-goal-id="([^"]+)"/g)].map((m) => m[1]);
  const byEnd = [...matching].sort((a, b) => b.end - a.end || a.name.localeCompare(b.name));
  expect(ids).toEqual(byEnd.map((g) => g.id));
  // Nothing of the other goals travels with the page.
  for (const goal of expected.filter((g) => !matching.includes(g))) expect(html).not.toContain(goal.id);
});

test("fields nobody touched leave the URL as it was, hydrated or drawn in the browser", async () => {
  // A date the browser cannot show: the field shows it empty, which must not read as an edit.
  const response = await page.goto(`${instance.url}/goals?date=2024-13-01`);
  // The server rendered the list, so the field was hydrated rather than drawn by React.
  expect(await response!.text()).toContain('data-testid="goal-row"');
  await expect(page.locator("#goal-date")).toBeVisible();
  // A click that only a hydrated page answers.
  await page.getByRole("columnheader", { name: /Dates/ }).getByRole("button").click();
  await expect(page).toHaveURL(/sort=start/);
  expect(new URL(page.url()).searchParams.get("date")).toBe("2024-13-01");

  // Reached by a client-side navigation, the timeline's selects are created by React, not hydrated.
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page.getByTestId("period-table")).toBeVisible();
  await expect(page.locator("#timeline-measure")).toBeVisible();
  // A change of our own, once in the URL, shows that every earlier URL write has landed too.
  await page.locator("#timeline-bucket").selectOption("quarter");
  await expect(page).toHaveURL(/[?&]bucket=quarter(&|$)/);
  const params = new URL(page.url()).searchParams;
  expect(new URL(page.url()).pathname).toBe("/timeline");
  for (const key of ["measure", "level", "group", "range", "from", "to"]) expect(params.get(key), key).toBeNull();
});

test("the server-rendered pages' payloads need no script their HTML does not load", async () => {
  const goal = (await expectedGoals(DEMO_PORTAL))[0];
  // Each with a mark of the data the server rendered, so these are the rich pages, not skeletons.
  for (const [path, mark] of [["/goals", "goal-row"], ["/timeline", "gantt"], [`/goals/${goal.id}`, "assignee-periods"]]) {
    const html = await (await page.request.get(`${instance.url}${path}`)).text();
    expect(html, path).toContain(`data-testid="${mark}"`);
    await expectEveryChunkLoaded(page.request, instance.url, html, path);
  }
});
