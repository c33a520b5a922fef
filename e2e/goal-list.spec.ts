import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { emulator } from "./support/emulator";
import { expectedGoals } from "./support/expected";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

const rows = (page: Page) => page.getByTestId("goal-row");
const rowNames = async (page: Page) => (await page.getByTestId("goal-name").allInnerTexts()).map((s) => s.trim());
/** The rows come from the server: after a change, they are checked until its answer has arrived. */
const expectNames = (page: Page, sorted: boolean) => expect.poll(async () => (sorted ? (await rowNames(page)).sort() : await rowNames(page)));

const menuButton = (page: Page, menu: string) => page.getByRole("button", { name: new RegExp(`^${menu}\\b`) });

async function pick(page: Page, menu: string, option: string) {
  await menuButton(page, menu).click();
  await page.getByRole("group", { name: menu }).getByLabel(option, { exact: true }).check();
  await menuButton(page, menu).click();
}

test.describe("goal list", () => {
  test.afterEach(async () => emulator.clearFaults());

  test("shows every goal of the portal with its assignees, as the emulator holds them", async ({ page }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    const targets = expected.reduce((n, g) => n + g.targets.length, 0);
    await signIn(page, GRACE, "/goals");
    await expect(page.getByTestId("goal-count")).toContainText(`Showing ${expected.length} of ${expected.length} goals · ${targets} targets`);
    await expect(rows(page)).toHaveCount(expected.length);
    for (const goal of expected) {
      const row = page.locator(`[data-goal-id="${goal.id}"]`);
      await expect(row.getByTestId("goal-name")).toHaveText(goal.name);
      await expect(row.getByTestId("goal-assignees")).toHaveAttribute("data-count", String(goal.assignees.size));
    }
    // A row expands to one line per assignee schedule.
    const biggest = [...expected].sort((a, b) => b.schedules - a.schedules)[0];
    await page.getByRole("button", { name: `Expand ${biggest.name}` }).click();
    await expect(page.getByTestId("schedule-row")).toHaveCount(biggest.schedules);
    await expect(page).toHaveURL(new RegExp(`open=${biggest.id}`));
    const a11y = await new AxeBuilder({ page }).analyze();
    expect(a11y.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test("search and each filter narrow the list to exactly the matching goals", async ({ page }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    const now = Date.now();
    const names = (goals: typeof expected) => goals.map((g) => g.name).sort();
    await signIn(page, GRACE, "/goals");
    await expect(rows(page)).toHaveCount(expected.length);

    await page.getByLabel("Search by name").fill("QUOTA");
    await expect(page).toHaveURL(/q=QUOTA/);
    await expectNames(page, true).toEqual(names(expected.filter((g) => /quota/i.test(g.name))));
    await page.getByLabel("Search by name").fill("");

    await pick(page, "Goal type", "Calls made");
    await expectNames(page, true).toEqual(names(expected.filter((g) => g.type === "calls_made")));
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(rows(page)).toHaveCount(expected.length);

    await pick(page, "Status", "Ended");
    await expectNames(page, true).toEqual(names(expected.filter((g) => g.end <= now)));
    await page.getByRole("button", { name: "Clear filters" }).click();

    await pick(page, "Status", "Upcoming");
    await expectNames(page, true).toEqual(names(expected.filter((g) => g.start > now)));
    await page.getByRole("button", { name: "Clear filters" }).click();

    const directory = await emulator.directory(DEMO_PORTAL);
    const sofia = (directory.owners as { id: string; firstName: string }[]).find((o) => o.firstName === "Sofia")!;
    await pick(page, "Assignee", "Sofia Martinez");
    await expectNames(page, true).toEqual(names(expected.filter((g) => g.assignees.has(`owner:${sofia.id}`))));
    await page.getByRole("button", { name: "Clear filters" }).click();

    const support = directory.teams.find((t) => t.name === "Customer Support")!;
    await pick(page, "Team", "Customer Support");
    await expect.poll(async () => (await rowNames(page)).length).toBeLessThan(expected.length);
    expect(await rowNames(page)).toContain("Ticket Response Time");
    await expect(page).toHaveURL(new RegExp(`team=${support.id}`));
    await page.getByRole("button", { name: "Clear filters" }).click();

    // Period containing a date: one day in the first week of the current year's revenue quota.
    const year = new Date().getFullYear();
    await page.getByLabel("Period containing").fill(`${year}-01-05`);
    const jan5 = Date.UTC(year, 0, 5, 12);
    await expectNames(page, true).toEqual(
      names(expected.filter((g) => g.targets.some((t) => Date.parse(t.properties.hs_start_datetime!) <= jan5 && jan5 < Date.parse(t.properties.hs_end_datetime!)))),
    );
    await page.getByRole("button", { name: "Clear filters" }).click();

    const archived = await expectedGoals(DEMO_PORTAL, true);
    await page.getByLabel("Archived goals").check();
    await expect(page.getByTestId("goal-count")).toContainText(/ archived goals? ·/);
    await expectNames(page, true).toEqual(names(archived));
    await page.getByRole("button", { name: "Clear filters" }).click();

    // Only at risk narrows the list too: Clear filters shows for it and clears it with the rest.
    await page.getByLabel("Only at risk").check();
    await expect(page).toHaveURL(/atRisk=true/);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByLabel("Only at risk")).not.toBeChecked();
    await expect(page).not.toHaveURL(/atRisk=/);
    await expect(rows(page)).toHaveCount(expected.length);

    await page.getByLabel("Search by name").fill("no goal is called this");
    await expect(page.getByTestId("state-no-match")).toBeVisible();
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect(rows(page)).toHaveCount(expected.length);
  });

  test("filter menus open one at a time and close on Escape or a click outside", async ({ page }) => {
    await signIn(page, GRACE, "/goals");
    await expect(rows(page).first()).toBeVisible();
    const group = (menu: string) => page.getByRole("group", { name: menu });

    // A closed menu holds no options, not even hidden ones: a portal's owners can number hundreds.
    const panel = page.locator("fieldset", { has: page.locator("legend", { hasText: /^Assignee$/ }) });
    await expect(panel).toBeAttached();
    await expect(panel.locator("input[type=checkbox]")).toHaveCount(0);
    await menuButton(page, "Assignee").click();
    await expect(group("Assignee")).toBeVisible();
    // Asked for when the first menu opens.
    await expect.poll(() => group("Assignee").getByRole("checkbox").count()).toBeGreaterThan(3);
    await menuButton(page, "Team").click();
    await expect(group("Team")).toBeVisible();
    await expect(group("Assignee")).toBeHidden();
    await expect(menuButton(page, "Assignee")).toHaveAttribute("aria-expanded", "false");

    await page.keyboard.press("Escape");
    await expect(group("Team")).toBeHidden();
    await expect(menuButton(page, "Team")).toBeFocused();

    // By keyboard alone: open, tick an option, Escape back to the button.
    await menuButton(page, "Status").focus();
    await page.keyboard.press("Enter");
    await expect(group("Status")).toBeVisible();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/status=/);
    await page.keyboard.press("Escape");
    await expect(group("Status")).toBeHidden();
    await expect(menuButton(page, "Status")).toBeFocused();
    await page.getByRole("button", { name: "Clear filters" }).click();

    await menuButton(page, "Goal type").click();
    await expect(group("Goal type")).toBeVisible();
    const a11y = await new AxeBuilder({ page }).analyze();
    expect(a11y.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.getByRole("heading", { level: 1 }).click();
    await expect(group("Goal type")).toBeHidden();

    // Over the empty state, too: a click on the message closes the menu covering it.
    await page.getByLabel("Search by name").fill("no goal is called this");
    await expect(page.getByTestId("state-no-match")).toBeVisible();
    await menuButton(page, "Assignee").click();
    await expect(group("Assignee")).toBeVisible();
    await page.getByTestId("state-no-match").click({ position: { x: 5, y: 5 } });
    await expect(group("Assignee")).toBeHidden();
  });

  test("sorts on a column, both ways, and keeps the sort in the URL", async ({ page }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    await signIn(page, GRACE, "/goals");
    await expect(rows(page)).toHaveCount(expected.length);
    const byName = expected.map((g) => g.name).sort((a, b) => a.localeCompare(b));
    await expectNames(page, false).toEqual(byName);
    const header = page.getByRole("columnheader", { name: /Goal/ });
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expectNames(page, false).toEqual([...byName].reverse());

    await page.getByRole("columnheader", { name: /Dates/ }).getByRole("button").click();
    await expect(page).toHaveURL(/sort=start/);
    const byStart = [...expected].sort((a, b) => a.start - b.start || a.name.localeCompare(b.name)).map((g) => g.start);
    const startOf = new Map(expected.map((g) => [g.name, g.start]));
    await expect.poll(async () => (await rowNames(page)).map((n) => startOf.get(n))).toEqual(byStart);
  });

  test("a copied URL shows the same view in a fresh browser", async ({ page, browser }) => {
    await signIn(page, GRACE, "/goals");
    await page.getByLabel("Search by name").fill("e");
    await expect(rows(page).first()).toBeVisible();
    await pick(page, "Status", "Active now");
    await page.getByRole("columnheader", { name: /^Target\b/ }).getByRole("button").click();
    await Promise.all([
      page.waitForResponse((res) => res.url().includes("/api/views/goals?") && res.url().includes("dir=desc") && res.url().includes("status=active")),
      page.getByRole("columnheader", { name: /^Target\b/ }).getByRole("button").click(),
    ]);
    await expect(page).toHaveURL(/dir=desc/);
    await expect(page.getByTestId("goal-table")).not.toHaveAttribute("aria-busy");
    const url = page.url();
    const shown = await rowNames(page);
    expect(shown.length).toBeGreaterThan(1);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await signIn(other, GRACE, url.replace(/^https?:\/\/[^/]+/, ""), { fresh: true });
    await expect(other).toHaveURL(url);
    await expect(other.getByTestId("goal-row")).toHaveCount(shown.length);
    expect(await rowNames(other)).toEqual(shown);
    await expect(other.getByLabel("Search by name")).toHaveValue("e");
    await expect(other.getByRole("columnheader", { name: /^Target\b/ })).toHaveAttribute("aria-sort", "descending");
    await fresh.close();
  });

  test("exports the current view as CSV with raw values", async ({ page }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    await signIn(page, GRACE, "/goals?q=revenue");
    await expect(rows(page)).toHaveCount(expected.filter((g) => /revenue/i.test(g.name)).length);
    const shown = await rowNames(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("goals.csv");
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0].split(",").slice(0, 3)).toEqual(["goal_id", "name", "goal_type"]);
    // The figures under the names every page and /help give them.
    expect(lines[0]).toContain("Target,Expected by today,Actual,Attainment to date,Progress toward the total,Pace,Outcome");
    expect(lines).toHaveLength(shown.length + 1);
    for (const [i, name] of shown.entries()) {
      const goal = expected.find((g) => g.name === name)!;
      const total = goal.targets.reduce((s, t) => s + Number(t.properties.hs_target_amount), 0);
      expect(lines[i + 1]).toContain(`${goal.id},${name.includes(",") ? `"${name}"` : name},`);
      // Raw decimal, no currency symbol or thousands separator.
      expect(lines[i + 1]).toContain(`,${total},`);
    }
  });

  test("a portal still loading from HubSpot shows its goals complete so far, then the whole list", async ({ page }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    // HubSpot pages targets in id order, 200 a search page: the goals of the first page but the
    // last record's are the ones that have every target after one page.
    const raw = (await emulator.targets(DEMO_PORTAL)).filter((t) => !t.archived).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    expect(raw.length).toBeGreaterThan(200);
    const goalOf = (t: (typeof raw)[number]) => t.properties.hs_group_correlation_uuid ?? t.id;
    const firstPage = raw.slice(0, 200);
    const complete = new Set(firstPage.map(goalOf).filter((id) => id !== goalOf(firstPage[199])));
    expect(complete.size).toBeGreaterThan(1);
    await signIn(page, GRACE, "/help");
    // The first search page answers; the second hangs twice (Goalboard times out and retries), so
    // the list spends seconds with one page of the portal.
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", latencyMs: 1, times: 1 });
    await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", hang: true, times: 2 });
    await page.goto("/goals");
    const progress = page.getByTestId("loading-progress");
    await expect(progress).toContainText("Loading goal targets from HubSpot");
    // After the first page: rows while the load goes on, only of goals whose targets are all in.
    await expect(rows(page).first()).toBeVisible();
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(`Showing the ${complete.size} goals loaded in full so far`);
    const early = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-goal-id")!));
    expect(early.length).toBeGreaterThan(0);
    for (const id of early) expect(complete.has(id), id).toBe(true);
    await expect(page.getByTestId("goal-count")).toContainText(`Showing ${complete.size} of ${complete.size} goals`);
    // Then the whole list, and no progress.
    await expect(page.getByTestId("goal-count")).toContainText(`Showing ${expected.length} of ${expected.length} goals`);
    await expect(progress).toHaveCount(0);
  });

  test("fits a 1366 px screen, and expanding a row keeps the columns where they were", async ({ browser }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    const laptop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await laptop.newPage();
    await signIn(page, GRACE, "/goals");
    await expect(rows(page)).toHaveCount(expected.length);
    const table = page.getByTestId("goal-table");
    const headers = () => page.getByRole("columnheader").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    const fits = async () => {
      const pace = (await page.getByRole("columnheader", { name: /Pace/ }).boundingBox())!;
      expect(pace.x + pace.width).toBeLessThanOrEqual(1366);
      expect(await table.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    };
    await fits();
    const before = await headers();
    const biggest = [...expected].sort((a, b) => b.schedules - a.schedules)[0];
    await page.getByRole("button", { name: `Expand ${biggest.name}` }).click();
    await expect(page.getByTestId("schedule-row")).toHaveCount(biggest.schedules);
    expect(await headers()).toEqual(before);
    await fits();
    await expect(page.getByRole("columnheader", { name: /Progress toward the total/ })).toBeInViewport();
    await laptop.close();
  });

  test("stays readable on a phone (a card per goal) and on a tablet (the table scrolls, names pinned)", async ({ browser }) => {
    const expected = await expectedGoals(DEMO_PORTAL);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await signIn(page, GRACE, "/goals");
    const cards = page.getByTestId("goal-card");
    await expect(cards).toHaveCount(expected.length);
    await expect(page.getByTestId("goal-table")).toBeHidden();
    // The page never scrolls sideways, and every card fits the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const box of await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(390);
    // A filter narrows the cards as it does the rows.
    await page.getByLabel("Search by name").fill("quota");
    await expect(cards).toHaveCount(expected.filter((g) => /quota/i.test(g.name)).length);
    await phone.close();

    const tablet = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
    const wide = await tablet.newPage();
    await signIn(wide, GRACE, "/goals");
    await expect(rows(wide).first()).toBeVisible();
    // Scrolled to the far right, the goal names stay pinned in view.
    const table = wide.getByTestId("goal-table");
    await table.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    await expect(wide.getByRole("columnheader", { name: /Pace/ })).toBeInViewport();
    const region = (await table.boundingBox())!;
    const name = (await wide.getByTestId("goal-name").first().boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(region.x);
    expect(name.x).toBeLessThan(region.x + region.width / 2);
    await tablet.close();
  });
});
