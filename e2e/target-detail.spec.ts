import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { callsFor, emulator, type RawTarget } from "./support/emulator";
import { expectedGoals } from "./support/expected";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";
import { showChart } from "./support/visits";

/**
 * The goal-target page, opened directly in a fresh, signed-out browser: every property HubSpot
 * returned, a link to its goal, and its place among its assignee's periods, checked against the
 * emulator's raw record.
 */

const byId = (a: RawTarget, b: RawTarget) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

async function records(): Promise<RawTarget[]> {
  return emulator.targets(DEMO_PORTAL);
}

/** The assignee's periods the record belongs to, in time order. */
function scheduleOf(all: RawTarget[], record: RawTarget): RawTarget[] {
  const group = record.properties.hs_goal_target_group_id;
  return all
    .filter((t) => (group ? t.properties.hs_goal_target_group_id === group : t.id === record.id))
    .sort((a, b) => Date.parse(a.properties.hs_start_datetime!) - Date.parse(b.properties.hs_start_datetime!) || byId(a, b));
}

async function shownProperties(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .getByTestId("property")
    .evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-name") ?? "", row.querySelector("[data-testid=property-value]")?.textContent ?? ""]));
  return Object.fromEntries(pairs);
}

test.describe("goal target page", () => {
  test("a signed-out link goes through sign-in to the target, with every property HubSpot returned", async ({ page }) => {
    const all = await records();
    const revenue = all.filter((t) => /Annual Revenue Quota$/.test(t.properties.hs_goal_name ?? ""));
    const schedule = scheduleOf(all, revenue[0]);
    const record = schedule[Math.min(4, schedule.length - 1)];
    const url = `/targets/${record.id}`;
    await signIn(page, GRACE, url, { fresh: true });
    await expect(page).toHaveURL(url);
    await expect(page).toHaveTitle(`${record.properties.hs_goal_name} · target ${record.id} · Goalboard`);
    await expect(page.getByRole("heading", { level: 1, name: record.properties.hs_goal_name! })).toBeVisible();

    // For a manager: each fact once, times in the portal's zone (named), no raw field names.
    const portal = (await emulator.portals()).find((p) => p.portalId === DEMO_PORTAL)!;
    const inPortalZone = (iso: string) =>
      new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short", timeZone: portal.timeZone })
        .format(new Date(iso))
        .replace(/[\u2009\u202f]/g, " ");
    const facts = page.getByTestId("target-facts");
    await expect(facts.locator("[data-name=created] dd")).toHaveText(new RegExp(`^${inPortalZone(record.createdAt)}`));
    await expect(facts.locator("[data-name=modified] dd")).toHaveText(inPortalZone(record.updatedAt));
    await expect(facts.locator("[data-name=id] dd")).toHaveText(record.id);
    const labels = await facts.locator("dt").allInnerTexts();
    expect(new Set(labels).size).toBe(labels.length);
    expect(await facts.innerText()).not.toMatch(/createdAt|updatedAt|hs_|Z$/m);

    // HubSpot's raw properties are collapsed until asked for.
    const raw = page.getByTestId("hubspot-properties");
    await expect(page.getByTestId("property-list")).toBeHidden();
    await raw.getByText("HubSpot properties").click();
    await expect(page.getByTestId("property-list")).toBeVisible();

    // Every property the API returned for the record, each exactly as the emulator holds it.
    const api = (await (await page.request.get(`/api/goal-targets/${record.id}`)).json()) as { record: RawTarget };
    const shown = await shownProperties(page);
    const names = Object.keys(api.record.properties);
    expect(names.length).toBeGreaterThan(40);
    expect(Object.keys(shown).sort()).toEqual(["archived", "createdAt", "id", "updatedAt", ...names].sort());
    for (const name of names) {
      const value = record.properties[name];
      expect(shown[name], name).toBe(value === null || value === "" ? "—" : value);
    }
    expect(shown.id).toBe(record.id);

    // Its goal, and its place on the goal's timeline.
    const position = schedule.findIndex((t) => t.id === record.id);
    await expect(page.getByTestId("timeline-position")).toContainText(`Period ${position + 1} of ${schedule.length}`);
    await expect(page.getByTestId("timeline-period")).toHaveCount(schedule.length);
    await expect(page.locator('[data-testid=timeline-period][aria-current="page"]')).toHaveAttribute("data-target-id", record.id);
    await showChart(page);
    await expect(page.getByTestId("period-bar")).toHaveCount(schedule.length);
    const highlighted = page.locator('[data-testid=period-bar][data-highlighted="true"]');
    await expect(highlighted).toHaveCount(1);
    // Bars stand on the period's calendar days in the portal's zone: the record's start date, in New York.
    const barDay = new Date((await highlighted.getAttribute("data-start"))!).toLocaleDateString("en-CA", { timeZone: "America/New_York" });
    expect(barDay).toBe(record.properties.hs_start_datetime!.slice(0, 10));

    // Server-rendered: the raw properties are in the HTML.
    const html = await (await page.request.get(url)).text();
    expect(html).toContain(record.properties.hs_goal_target_group_id!);
    expect(html).toContain(`<title>${record.properties.hs_goal_name} · target ${record.id} · Goalboard</title>`);
    expect(html.match(/data-testid="property"/g)?.length).toBe(names.length + 4);

    const a11y = await new AxeBuilder({ page }).analyze();
    expect(a11y.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.getByTestId("goal-link").click();
    await expect(page).toHaveURL(`/goals/${record.properties.hs_group_correlation_uuid}`);
    await expect(page.getByRole("heading", { level: 1, name: record.properties.hs_goal_name! })).toBeVisible();
  });

  test("on a phone, the period strip opens with the viewed period in view, even the last of the year", async ({ page }) => {
    const all = await records();
    const revenue = all.filter((t) => /Annual Revenue Quota$/.test(t.properties.hs_goal_name ?? ""));
    const schedule = scheduleOf(all, revenue[0]);
    expect(schedule.length).toBeGreaterThan(6);
    const last = schedule[schedule.length - 1];
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, GRACE, `/targets/${last.id}`);
    const strip = page.getByTestId("target-timeline");
    const current = page.locator('[data-testid=timeline-period][aria-current="page"]');
    await expect(current).toHaveAttribute("data-target-id", last.id);
    // Wider than the screen, so it scrolls, and it has scrolled to the period being viewed.
    expect(await strip.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const [stripBox, currentBox] = [await strip.boundingBox(), await current.boundingBox()];
    expect(currentBox!.x).toBeGreaterThanOrEqual(stripBox!.x - 1);
    expect(currentBox!.x + currentBox!.width).toBeLessThanOrEqual(stripBox!.x + stripBox!.width + 1);

    // The chart below the strip waits until it is on screen, and says where its figures are meanwhile.
    const placeholder = page.getByTestId("chart-section").getByTestId("on-screen-placeholder");
    await expect(placeholder).toHaveText("The chart is drawn when you scroll to it. Each period's target is in the list above, and its figures on its own page.");
    expect((await placeholder.boundingBox())!.y).toBeGreaterThan(stripBox!.y);
    await showChart(page);
    await expect(page.getByTestId("period-bar")).toHaveCount(schedule.length);
  });

  test("target links in view cost HubSpot nothing until clicked, and a click names the goal in the title", async ({ page }) => {
    await signIn(page, GRACE, "/targets");
    const first = page.getByTestId("target-row").first();
    await expect(first).toBeVisible();
    await emulator.resetCalls();
    // Next prefetches every target link in view; the target pages' reads must not run for that.
    await page.waitForTimeout(2000);
    expect(await callsFor(DEMO_PORTAL, "goal_targets.get")).toBe(0);
    const id = (await first.getAttribute("data-target-id"))!;
    const record = (await records()).find((t) => t.id === id)!;
    await first.getByRole("link").first().click();
    await expect(page).toHaveURL(`/targets/${id}`);
    await expect(page.getByTestId("target-facts")).toBeVisible();
    await expect(page).toHaveTitle(`${record.properties.hs_goal_name} · target ${id} · Goalboard`);
  });

  test("a target without a goal family links to the goal it forms alone", async ({ page }) => {
    const standalone = (await records()).find((t) => !t.properties.hs_group_correlation_uuid)!;
    await signIn(page, GRACE, `/targets/${standalone.id}`);
    await expect(page.getByTestId("goal-link")).toHaveAttribute("href", `/goals/${standalone.id}`);
    await expect(page.getByTestId("timeline-period")).toHaveCount(1);
    await showChart(page);
    await expect(page.getByTestId("period-bar")).toHaveCount(1);
  });

  test("unknown and malformed target ids get the not-found page with a way back", async ({ page }) => {
    const known = (await records())[0];
    await signIn(page, GRACE, `/targets/${known.id}`);
    await expect(page.getByTestId("target-facts")).toBeVisible();
    for (const id of ["999999999999", "abc", encodeURIComponent("../x"), "0", "0b6c1a4e-1111-4222-8333-944455556666"]) {
      const response = await page.goto(`/targets/${id}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Goal target not found" })).toBeVisible();
    }
    const a11y = await new AxeBuilder({ page }).analyze();
    expect(a11y.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.getByRole("link", { name: "Back to the goal list" }).click();
    await expect(page).toHaveURL("/goals");
  });

  test("an archived target opens from the archived goal list, marked archived, with every property and a working goal link", async ({ page }) => {
    const archived = await emulator.targets(DEMO_PORTAL, true);
    const goal = (await expectedGoals(DEMO_PORTAL, true)).find((g) => g.id.includes("-"))!;
    expect(goal.targets.every((t) => t.archived)).toBe(true);
    await signIn(page, GRACE, "/goals?archived=true");
    await page.locator(`[data-goal-id="${goal.id}"]`).getByRole("button", { name: `Expand ${goal.name}` }).click();
    const period = page.getByTestId("schedule-row").first().getByRole("link").first();
    const id = (await period.getAttribute("href"))!.replace("/targets/", "");
    const record = archived.find((t) => t.id === id)!;
    expect(record).toBeDefined();
    await period.click();

    await expect(page).toHaveURL(`/targets/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: record.properties.hs_goal_name! })).toBeVisible();
    await expect(page.getByTestId("target-archived")).toHaveText("Archived");
    await expect(page.getByTestId("state-page-error")).toHaveCount(0);
    // Every property Goalboard reads, each exactly as the emulator holds it.
    const api = await page.request.get(`/api/goal-targets/${id}`);
    expect(api.status()).toBe(200);
    const wire = ((await api.json()) as { record: RawTarget }).record;
    expect(wire).toMatchObject({ id, archived: true });
    const shown = await shownProperties(page);
    expect(shown.archived).toBe("true");
    expect(shown.id).toBe(id);
    const names = Object.keys(wire.properties);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const value = record.properties[name];
      expect(shown[name], name).toBe(value === null || value === "" ? "—" : value);
    }
    // Its place among its assignee's archived periods.
    await expect(page.getByTestId("timeline-period")).toHaveCount(scheduleOf(archived, record).length);
    await expect(page.locator('[data-testid=timeline-period][aria-current="page"]')).toHaveAttribute("data-target-id", id);

    await page.getByTestId("goal-link").click();
    await expect(page).toHaveURL(`/goals/${goal.id}`);
    await expect(page.getByRole("heading", { level: 1, name: goal.name })).toContainText("Archived");
  });

  test("an archived target opens from the archived target list too", async ({ page }) => {
    await signIn(page, GRACE, "/targets?archived=true");
    const first = page.getByTestId("target-row").first();
    await expect(first).toBeVisible();
    const id = (await first.getAttribute("data-target-id"))!;
    const record = (await emulator.targets(DEMO_PORTAL, true)).find((t) => t.id === id)!;
    await first.getByRole("link").first().click();
    await expect(page).toHaveURL(`/targets/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: record.properties.hs_goal_name! })).toBeVisible();
    await expect(page.getByTestId("target-archived")).toBeVisible();
    expect((await shownProperties(page)).hs_target_amount).toBe(record.properties.hs_target_amount);
  });

  test("copy link puts this target's URL on the clipboard, and it opens the same target in a fresh browser", async ({ page, context, browser, baseURL }) => {
    const record = (await records()).find((t) => t.properties.hs_kpi_value === null)!;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await signIn(page, GRACE, `/targets/${record.id}`);
    await expect(page.getByTestId("summary-actual")).toHaveText("No progress data");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByTestId("copy-link-status")).toHaveText("Link copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await signIn(other, GRACE, copied);
      await expect(other).toHaveURL(copied);
      expect(await shownProperties(other)).toEqual(await shownProperties(page));
      await expect(other.getByTestId("summary-actual")).toHaveText("No progress data");
    } finally {
      await fresh.close();
    }
  });
});
