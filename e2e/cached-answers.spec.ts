import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./ports";
import { callsFor, emulator } from "./support/emulator";
import { type Instance, signInAt, startInstance } from "./support/instance";
import { GRACE } from "./support/session";
import { expectEveryChunkLoaded } from "./support/chunks";
import { expectedGoals } from "./support/expected";
import { holdScripts } from "./support/hold-scripts";
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

test("a cached timeline is in the HTML down to its chart; the period table follows after hydration", async () => {
  // The first visit loads the dataset in the browser; from then on the server holds it and inlines it.
  await page.goto(`${instance.url}/timeline`);
  await expect(page.getByTestId("period-table")).toBeVisible();
  const html = await (await page.request.get(`${instance.url}/timeline`)).text();
  expect(html).toContain('data-testid="gantt"');
  expect(html).toContain('data-testid="period-chart"');
  expect(html).toContain('data-testid="period-table-pending"');
  expect(html).not.toContain('data-testid="period-table"');

  await page.reload();
  await expect(page.getByTestId("period-table")).toBeVisible();
  await expect(page.getByTestId("period-table-pending")).toHaveCount(0);
  expect(await page.getByTestId("period-series").count()).toBeGreaterThan(0);
});

test("a search typed into the inlined goal list before its scripts ran is applied once they do", async () => {
  const expected = await expectedGoals(DEMO_PORTAL);
  const matching = expected.filter((g) => /revenue/i.test(g.name)).map((g) => g.name);
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(expected.length);
  // The first visit loads the dataset in the browser; the next one gets the list in the HTML.
  await page.goto(`${instance.url}/goals`);
  await expect(page.getByTestId("goal-row")).toHaveCount(expected.length);
  const release = await holdScripts(page);
  try {
    await page.goto(`${instance.url}/goals`, { waitUntil: "domcontentloaded" });
    await expect(page.locator("#goal-search")).toBeVisible({ timeout: 5_000 });
    await page.locator("#goal-search").pressSequentially("revenue");
    await expect(page.getByTestId("goal-row")).toHaveCount(expected.length);
  } finally {
    await release();
  }
  await expect(page).toHaveURL(/[?&]q=revenue(&|$)/);
  await expect(page.locator("#goal-search")).toHaveValue("revenue");
  await expect(page.getByTestId("goal-row")).toHaveCount(matching.length);
  expect((await page.getByTestId("goal-name").allInnerTexts()).map((s) => s.trim()).sort()).toEqual(matching.sort());
});

test("a period size and a range picked on the inlined timeline before its scripts ran are applied once they do", async () => {
  await page.goto(`${instance.url}/timeline`);
  await expect(page.getByRole("heading", { name: /^Target per month,/ })).toBeVisible();
  const release = await holdScripts(page);
  try {
    await page.goto(`${instance.url}/timeline`, { waitUntil: "domcontentloaded" });
    await expect(page.locator("#timeline-bucket")).toBeVisible({ timeout: 5_000 });
    await page.locator("#timeline-bucket").selectOption("quarter");
    await page.getByText("Last year", { exact: true }).click();
  } finally {
    await release();
  }
  await expect(page).toHaveURL(/[?&]bucket=quarter(&|$)/);
  await expect(page).toHaveURL(/[?&]range=last-year(&|$)/);
  await expect(page.getByRole("heading", { name: /^Target per quarter,/ })).toBeVisible();
  await expect(page.locator("#timeline-bucket")).toHaveValue("quarter");
  await expect(page.getByRole("radio", { name: "Last year" })).toBeChecked();
});

test("fields nobody touched leave the URL as it was, hydrated or drawn in the browser", async () => {
  // A date the browser cannot show: the field shows it empty, which must not read as an edit.
  const response = await page.goto(`${instance.url}/goals?date=2024-13-01`);
  // The server inlined the list, so the field was hydrated rather than drawn by React.
  expect(await response!.text()).toContain('data-testid="goal-row"');
  await expect(page.locator("#goal-date")).toBeVisible();
  // A click that only a hydrated page answers; by then the early-input check has run.
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

test("the inlined pages' payloads need no script their HTML does not load", async () => {
  const goal = (await expectedGoals(DEMO_PORTAL))[0];
  // Each with a mark of the data the server inlined, so these are the rich pages, not skeletons.
  for (const [path, mark] of [["/goals", "goal-row"], ["/timeline", "gantt"], [`/goals/${goal.id}`, "assignee-periods"]]) {
    const html = await (await page.request.get(`${instance.url}${path}`)).text();
    expect(html, path).toContain(`data-testid="${mark}"`);
    await expectEveryChunkLoaded(page.request, instance.url, html, path);
  }
});
