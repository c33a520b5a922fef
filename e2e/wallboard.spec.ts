import { expect, test, type Page } from "@playwright/test";
import { DEMO_PRIVATE_APP_TOKEN } from "../emulator/constants";
import { E2E } from "./ports";
import { callsFor, emulator, type RawTarget } from "./support/emulator";
import { expectedGoals } from "./support/expected";
import { figuresOf, percentText, periodsOf } from "./support/figures";
import { type Instance, signInAt, startInstance } from "./support/instance";
import { people, previousClose, rank } from "./support/leaders";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * The wallboard: slides rotate on the page's own clock (driven here with Playwright's clock), the
 * data refreshes without a reload, an outage shows a stale banner and recovers, and however many
 * screens are open, HubSpot is asked at most once per refresh interval (the emulator's counter).
 */

const ZONE = "America/New_York";
const SUM = { average: false, lowerIsBetter: false };
const clock = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: ZONE });

test.describe.configure({ mode: "serial" });

async function goals() {
  const all = await expectedGoals(DEMO_PORTAL);
  const named = (re: RegExp) => all.find((g) => re.test(g.name))!;
  return { annual: named(/^\d{4} Annual Revenue Quota$/), calls: named(/^Weekly Calls Made$/) };
}

const fetchedAt = async (page: Page) => Date.parse((await page.getByTestId("wall").getAttribute("data-fetched-at"))!);

/** Waits until the wall shows data newer than `after`. */
async function newerThan(page: Page, after: number) {
  await expect.poll(() => fetchedAt(page), { timeout: 30_000 }).toBeGreaterThan(after);
}

/** Sets a target's progress the way HubSpot's own API would (the emulator's write route). */
async function setProgress(id: string, value: string) {
  const res = await fetch(`${E2E.emulatorUrl}/crm/v3/objects/goal_targets/${id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ properties: { hs_kpi_value: value } }),
  });
  expect(res.status).toBe(200);
}

test.afterEach(async () => {
  await emulator.clearFaults();
  await emulator.reset();
});

test("rotates through goals and leaderboards, dark by default, in large type that fits a 1080p and a 4K screen, a TV on its side and a phone", async ({ browser }) => {
  const { annual, calls } = await goals();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.clock.install();
  await signIn(page, GRACE, `/wall?goals=${annual.id},${calls.id}&boards=sales_quota&every=30&refresh=300`);
  const wall = page.getByTestId("wall");
  await expect(wall).toHaveAttribute("data-theme", "dark");
  await expect(page.getByTestId("wall-title")).toHaveText(annual.name);

  // The first slide's figures and order, recomputed at the instant of its data.
  const now = await fetchedAt(page);
  const f = figuresOf(periodsOf(annual.targets, ZONE), now, SUM);
  await expect(page.getByTestId("wall-attainment")).toHaveText(percentText(f.attainment!, f, false, false));
  await expect(page.getByTestId("wall-as-of")).toHaveText(`Data as of ${clock.format(now)}`);
  const who = [...(await people(annual.targets)).values()];
  const order = rank(who, now, "attainment").map((r) => r.name);
  await expect(page.getByTestId("wall-leaders").getByTestId("wall-row")).toHaveCount(order.length);
  expect(await page.getByTestId("wall-leaders").getByTestId("wall-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-name")))).toEqual(order);
  expect(previousClose(annual.targets, now)).toBeLessThan(now);

  // TVs, a TV on its side and a phone held upright: everything fits, in type a person can read.
  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
    [1080, 1920],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    for (const title of [annual.name, calls.name, "Sales quota leaderboard"]) {
      await expect(page.getByTestId("wall-title")).toHaveText(title);
      const smallest = await page.getByTestId("wall-row").first().evaluate((row) => Math.min(...[...row.querySelectorAll("span")].filter((e) => e.textContent).map((e) => parseFloat(getComputedStyle(e).fontSize))));
      expect(smallest, `${title} at ${width}x${height}: smallest type in a row`).toBeGreaterThanOrEqual(10);
      const fit = await page.evaluate(() => {
        const root = document.documentElement;
        const rows = [...document.querySelectorAll("[data-testid=wall] *")].map((e) => e.getBoundingClientRect().bottom);
        return { scroll: root.scrollHeight - root.clientHeight, sideways: root.scrollWidth - root.clientWidth, lowest: Math.max(...rows), height: innerHeight };
      });
      expect(fit.scroll, `${title} at ${width}x${height}`).toBeLessThanOrEqual(0);
      expect(fit.sideways, `${title} at ${width}x${height}`).toBeLessThanOrEqual(0);
      expect(fit.lowest, `${title} at ${width}x${height}`).toBeLessThanOrEqual(fit.height);
      await page.clock.runFor(30_000);
    }
  }
  await context.close();
});

test("refreshes without reloading, and celebrates whoever crossed 100% since the last refresh", async ({ page }) => {
  const { annual } = await goals();
  await page.clock.install();
  await signIn(page, GRACE, `/wall?goals=${annual.id}&refresh=10`);
  await expect(page.getByTestId("wall-row").first()).toBeVisible();
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  const first = await fetchedAt(page);

  // Someone behind: their running month reports enough to reach 100% of what has started.
  const who = [...(await people(annual.targets)).values()];
  const ranked = rank(who, first, "attainment").filter((r) => r.f.attainment !== null && r.f.attainment < 1);
  const behind = ranked[ranked.length - 1];
  const mine = who.find((p) => p.name === behind.name)!.targets;
  const running = mine.find((t) => {
    const [p] = periodsOf([t], ZONE);
    return p.start <= first && first < p.end;
  }) as RawTarget;
  const missing = behind.f.startedTarget! - behind.f.actual!;
  await setProgress(running.id, (Number(running.properties.hs_kpi_value) + missing + 1000).toFixed(2));

  await page.clock.runFor(10_000);
  await newerThan(page, first);
  await expect(page.getByTestId("celebration")).toContainText(`${behind.name} reached 100% of ${annual.name}`);
  const row = page.locator(`[data-testid=wall-row][data-name="${behind.name}"]`);
  await expect(row.getByTestId("wall-score")).toHaveText(/^1\d\d(\.\d)?%$/);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  // It goes again by itself, and nobody is celebrated twice for the same crossing.
  await page.clock.runFor(15_000);
  await expect(page.getByTestId("celebration")).toHaveCount(0);
});

test("shows a stale banner while HubSpot cannot be reached, keeps the last data, and recovers", async ({ page }) => {
  const { annual } = await goals();
  await page.clock.install();
  await signIn(page, GRACE, `/wall?goals=${annual.id}&refresh=10`);
  await expect(page.getByTestId("wall-row").first()).toBeVisible();
  const before = await fetchedAt(page);
  const asOf = (await page.getByTestId("wall-as-of").textContent())!;

  await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", status: 503, times: null });
  await page.clock.runFor(10_000);
  await expect(page.getByTestId("wall-stale")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("wall-stale")).toContainText(`HubSpot cannot be reached right now. Showing data as of ${clock.format(before)}`);
  await expect(page.getByTestId("wall-as-of")).toHaveText(asOf);
  await expect(page.getByTestId("wall-row").first()).toBeVisible();

  await emulator.clearFaults();
  await page.clock.runFor(10_000);
  await newerThan(page, before);
  await expect(page.getByTestId("wall-stale")).toHaveCount(0);
});

test.describe("with the server cache on", () => {
  let instance: Instance;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    instance = await startInstance(E2E.emulatorUrl, { CACHE_TTL_SECONDS: "5", CACHE_STALE_SECONDS: "300", LOG_LEVEL: "warn" });
  });

  test.afterAll(async () => {
    await instance?.stop();
  });

  test("three screens cost one load of the goal targets per refresh interval, and nothing else", async ({ browser }) => {
    test.setTimeout(120_000);
    const { annual, calls } = await goals();
    const context = await browser.newContext();
    const first = await context.newPage();
    await signInAt(first, instance, GRACE);
    const REFRESH = 10;
    const url = `${instance.url}/wall?goals=${annual.id},${calls.id}&every=5&refresh=${REFRESH}`;
    const screens = [first, await context.newPage(), await context.newPage()];
    for (const screen of screens) await screen.goto(url);
    for (const screen of screens) await expect(screen.getByTestId("wall-row").first()).toBeVisible();

    // One load of every live target is one search request per 200 of them.
    const live = (await emulator.portals()).find((p) => p.portalId === DEMO_PORTAL)!.targets;
    const perLoad = Math.ceil(live / 200);
    await emulator.resetCalls();
    const started = Date.now();
    // Three renewals seen by every screen.
    const seen = await Promise.all(screens.map((s) => fetchedAt(s)));
    for (let round = 0; round < 3; round++) {
      for (const [i, screen] of screens.entries()) {
        await newerThan(screen, seen[i]);
        seen[i] = await fetchedAt(screen);
      }
    }
    const elapsed = Date.now() - started;
    const total = await callsFor(DEMO_PORTAL);
    const searches = await callsFor(DEMO_PORTAL, "goal_targets.search");
    const intervals = Math.floor(elapsed / (REFRESH * 1000)) + 1;
    expect(searches, `${searches} searches in ${elapsed} ms`).toBeLessThanOrEqual(perLoad * intervals);
    // Names and the portal's details are not asked again within the hour.
    expect(total).toBe(searches);
    // Every screen shows the one shared answer.
    expect(new Set(await Promise.all(screens.map((s) => s.getByTestId("wall").getAttribute("data-fetched-at")))).size).toBeLessThanOrEqual(2);
    await context.close();
  });
});

test.describe("a wallboard left alone", () => {
  let instance: Instance;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    // An idle limit just above the refresh interval: only the wall's own refreshes can keep it.
    instance = await startInstance(E2E.emulatorUrl, { SESSION_IDLE_SECONDS: "15", CACHE_TTL_SECONDS: "5", LOG_LEVEL: "warn" });
  });

  test.afterAll(async () => {
    await instance?.stop();
  });

  test("stays signed in past the idle limit because its refreshes are use", async ({ page }) => {
    test.setTimeout(120_000);
    const { annual } = await goals();
    await signInAt(page, instance, GRACE);
    await page.goto(`${instance.url}/wall?goals=${annual.id}&refresh=10`);
    await expect(page.getByTestId("wall-row").first()).toBeVisible();
    const first = await fetchedAt(page);
    // Nobody touches the screen for over twice the idle limit; the refreshes go on.
    await page.waitForTimeout(35_000);
    expect(await fetchedAt(page)).toBeGreaterThan(first);
    expect(new URL(page.url()).pathname).toBe("/wall");
    await expect(page.getByTestId("wall-row").first()).toBeVisible();
    expect((await page.request.get(`${instance.url}/api/account`)).status()).toBe(200);
  });
});
