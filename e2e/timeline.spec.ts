import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PRIVATE_APP_TOKEN } from "../emulator/constants";
import { E2E } from "./ports";
import { emulator } from "./support/emulator";
import { DEMO_PORTAL, SECOND_PORTAL, signIn } from "./support/sign-in";
import { expectedTimeline as expected, type TimelineView } from "./support/timeline";

const GRACE = "grace.holloway@northwind-traders.example";
const KATRIN = "katrin.vogel@contoso-europe.example";

/** What the page shows, read from its bars and its period table. */
async function shown(page: Page) {
  // The server answers each change of view; until its answer is drawn the view says it is busy.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByTestId("gantt").or(page.getByTestId("state-no-match")).or(page.getByTestId("gantt-empty"))).toBeVisible();
  return {
    goalIds: await page.getByTestId("goal-bar").evaluateAll((els) => els.map((e) => e.getAttribute("data-goal-id"))),
    bucketKeys: await page.getByTestId("period-bucket").evaluateAll((els) => els.map((e) => e.getAttribute("data-key"))),
    seriesKeys: await page.getByTestId("period-series").evaluateAll((els) => els.map((e) => e.getAttribute("data-key"))),
    emptyCells: await page.locator('[data-testid="period-table"] td[data-empty="true"]').count(),
    assigneeRows: await page.getByTestId("gantt-assignee-row").count(),
    gaps: await page.getByTestId("gap-marker").count(),
    range: await page.getByTestId("timeline-range").evaluate((e) => [e.getAttribute("data-from"), e.getAttribute("data-to")]),
  };
}

async function openTimeline(page: Page, email: string, path = "/timeline") {
  await signIn(page, email, path);
  await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
  await expect(page.getByTestId("gantt")).toBeVisible({ timeout: 20_000 });
}

test.describe("timeline", () => {
  // The gap check archives a target; every test starts from the seed.
  test.afterEach(() => emulator.reset());

  test("presets draw the goals and periods the emulator's data says, this year by default", async ({ page }) => {
    await openTimeline(page, GRACE);
    await expect(page.getByRole("radio", { name: "This year" })).toBeChecked();
    const checks: [string, TimelineView][] = [
      ["This year", { preset: "this-year" }],
      ["This quarter", { preset: "this-quarter" }],
      ["Last year", { preset: "last-year" }],
      ["This month", { preset: "this-month" }],
    ];
    for (const [label, choice] of checks) {
      await page.getByRole("radio", { name: label }).check();
      if (choice.preset !== "this-year") await expect(page).toHaveURL(new RegExp(`range=${choice.preset}`));
      const want = await expected(DEMO_PORTAL, choice);
      await expect.poll(async () => (await shown(page)).range, { message: label }).toEqual(want.range);
      const got = await shown(page);
      expect(got.goalIds, `${label}: goal bars`).toEqual(want.goalIds.slice(0, 40));
      expect(got.bucketKeys, `${label}: periods`).toEqual(want.bucketKeys);
      expect(got.seriesKeys, `${label}: stacks`).toEqual(want.seriesKeys);
      expect(got.emptyCells, `${label}: periods without a target`).toBe(want.emptyCells);
    }
    // Sanity on the rules themselves: a calendar year has twelve months, this portal's goals fall in it.
    const year = await expected(DEMO_PORTAL, { preset: "this-year" });
    expect(year.bucketKeys).toHaveLength(12);
    expect(year.goalIds.length).toBeGreaterThan(2);
  });

  test("the actual stops at today: periods still ahead show none, even inside a target already under way", async ({ page }) => {
    // Two months back to three ahead, so there are always periods on both sides of today.
    const day = (monthsFromNow: number) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + monthsFromNow);
      return d.toISOString().slice(0, 10);
    };
    // By week, so that the weeks left in the month under way are periods ahead inside a target that has an actual.
    const choice: TimelineView = { preset: "custom", from: day(-2), to: day(3), bucket: "week" };
    await openTimeline(page, GRACE, `/timeline?range=custom&from=${choice.from}&to=${choice.to}&bucket=week`);
    const want = await expected(DEMO_PORTAL, choice);
    const cells = page.getByTestId("period-actual").locator("td");
    await expect(cells).toHaveCount(want.bucketKeys.length + 1);
    const shownKnown = (await cells.allTextContents()).slice(0, -1).map((text) => text.trim() !== "—");
    expect(shownKnown).toEqual(want.actualKnown);
    const ahead = want.bucketStarts.map((start) => start > Date.now());
    expect(ahead.some(Boolean)).toBe(true);
    expect(shownKnown.filter((_, i) => ahead[i])).not.toContain(true);
    expect(shownKnown.filter((_, i) => !ahead[i])).toContain(true);
  });

  test("team goals are not stacked on their members' targets; they can be added up on their own", async ({ page }) => {
    await openTimeline(page, GRACE, "/timeline?group=assignee");
    const people = await expected(DEMO_PORTAL, { preset: "this-year", group: "assignee" });
    // The demo's sales quota has both: reps' monthly quotas and the quarterly team revenue goal.
    expect(people.otherLevelTargets).toBeGreaterThan(0);
    expect(people.seriesKeys.some((k) => k.startsWith("team:"))).toBe(false);
    expect((await shown(page)).seriesKeys).toEqual(people.seriesKeys);
    await expect(page.getByTestId("other-level-note")).toContainText(`${people.otherLevelTargets} team goal targets are not added on top`);
    const totals = () => page.getByTestId("period-total").locator("td[title]").evaluateAll((tds) => tds.map((td) => td.getAttribute("title")));
    const peopleTotals = await totals();
    expect(peopleTotals.length).toBeGreaterThan(0);

    await page.getByLabel("Add up").selectOption("teams");
    await expect(page).toHaveURL(/level=teams/);
    const teams = await expected(DEMO_PORTAL, { preset: "this-year", group: "assignee", level: "teams" });
    await expect.poll(async () => (await shown(page)).seriesKeys).toEqual(teams.seriesKeys);
    expect(teams.seriesKeys.length).toBeGreaterThan(0);
    expect(teams.seriesKeys.every((k) => k.startsWith("team:"))).toBe(true);
    // Team goals and people's quotas are set apart, so the periods add up to other totals.
    expect(await totals()).not.toEqual(peopleTotals);
  });

  test("grouping by assignee and by week regroups the stacks and lands in the URL", async ({ page }) => {
    await openTimeline(page, GRACE);
    await page.getByLabel("Stack periods by").selectOption("assignee");
    await page.getByLabel("Period", { exact: true }).selectOption("week");
    await expect(page).toHaveURL(/group=assignee/);
    await expect(page).toHaveURL(/bucket=week/);
    await expect(page.getByRole("heading", { name: "Target per week, by assignee" })).toBeVisible();
    const want = await expected(DEMO_PORTAL, { preset: "this-year", group: "assignee", bucket: "week" });
    const got = await shown(page);
    expect(got.bucketKeys).toEqual(want.bucketKeys);
    expect(got.seriesKeys).toEqual(want.seriesKeys);
    expect(got.emptyCells).toBe(want.emptyCells);
    // People, not teams: more stacks than the two sales teams.
    expect(want.seriesKeys.length).toBeGreaterThan(2);
    expect(Number(await page.getByTestId("period-chart").getAttribute("data-marks"))).toBeLessThanOrEqual(2000);
    await page.getByTestId("period-chart").scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    expect(await page.locator(".recharts-bar-rectangle").count()).toBeLessThanOrEqual(2000);
  });

  test("expanding goals shows a bar per assignee and marks the periods they have no target", async ({ page }) => {
    // The seed covers every assignee's whole goal; archiving a month in the middle of one
    // assignee's year leaves that assignee a gap.
    const before = await expected(DEMO_PORTAL, { preset: "this-year" });
    const [from, to] = before.range;
    const inYear = (await emulator.targets(DEMO_PORTAL)).filter(
      (t) => before.goalIds.includes(t.properties.hs_group_correlation_uuid!) && t.properties.hs_start_datetime! >= from && t.properties.hs_end_datetime!.slice(0, 10) <= to,
    );
    const schedule = inYear.filter((t) => t.properties.hs_goal_target_group_id === inYear[0].properties.hs_goal_target_group_id);
    const middle = schedule.sort((x, y) => x.properties.hs_start_datetime!.localeCompare(y.properties.hs_start_datetime!))[Math.floor(schedule.length / 2)];
    const archived = await fetch(`${E2E.emulatorUrl}/crm/v3/objects/goal_targets/${middle.id}`, { method: "DELETE", headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}` } });
    expect(archived.status).toBe(204);

    await openTimeline(page, GRACE);
    const want = await expected(DEMO_PORTAL, { preset: "this-year" });
    expect(want.gaps).toBeGreaterThan(before.gaps);
    for (const id of want.goalIds.slice(0, 40)) {
      const toggle = page.locator(`[data-testid="gantt-goal-row"][data-goal-id="${id}"]`).getByRole("button");
      await toggle.click();
      // The server answers with the goal's assignees; the rows below move down once it has.
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
    }
    await expect(page.getByTestId("gantt-assignee-row")).toHaveCount(want.assigneeRows);
    await expect(page.getByTestId("gap-marker")).toHaveCount(want.gaps);
    await expect(page.getByTestId("today-line")).toBeVisible();
    expect(Number(await page.getByTestId("gantt").getAttribute("data-marks"))).toBe(want.marks);
  });

  test("a copied URL opens the same view in a fresh browser", async ({ page, browser }) => {
    await openTimeline(page, GRACE);
    await page.getByRole("radio", { name: "Custom" }).check();
    await page.getByLabel("From", { exact: true }).fill(`${new Date().getUTCFullYear()}-02-15`);
    await page.getByLabel("To (inclusive)").fill(`${new Date().getUTCFullYear()}-09-30`);
    await page.getByLabel("Stack periods by").selectOption("assignee");
    await page.getByLabel("Period", { exact: true }).selectOption("quarter");
    // Each change is answered by the server; the bars are read once the last answer is drawn.
    await Promise.all([page.waitForResponse((res) => res.url().includes("/api/views/timeline?") && res.url().includes("q=revenue")), page.getByLabel("Search by name").fill("revenue")]);
    const firstGoal = page.getByTestId("gantt-goal-row").first();
    await Promise.all([page.waitForResponse((res) => res.url().includes("/api/views/timeline?") && res.url().includes("open=")), firstGoal.getByRole("button").click()]);
    await expect(page).toHaveURL(/open=/);
    await expect(page).toHaveURL(/q=revenue/);
    await expect(page.getByTestId("gantt-assignee-row").first()).toBeVisible();
    const before = await shown(page);
    expect(before.assigneeRows).toBeGreaterThan(0);
    expect(before.range).toEqual([`${new Date().getUTCFullYear()}-02-15`, `${new Date().getUTCFullYear()}-09-30`]);

    const url = new URL(page.url());
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await openTimeline(fresh, GRACE, `${url.pathname}${url.search}`);
    await expect(fresh).toHaveURL(url.toString());
    expect(await shown(fresh)).toEqual(before);
    await expect(fresh.getByRole("radio", { name: "Custom" })).toBeChecked();
    await expect(fresh.getByLabel("Stack periods by")).toHaveValue("assignee");
    await expect(fresh.getByLabel("Period", { exact: true })).toHaveValue("quarter");
    await expect(fresh.getByLabel("Search by name")).toHaveValue("revenue");
    await context.close();
  });

  test("draws a page of goal bars and more on request", async ({ page }) => {
    await openTimeline(page, GRACE, "/timeline?goals=2");
    const want = await expected(DEMO_PORTAL, { preset: "this-year" });
    expect(want.goalIds.length).toBeGreaterThan(2);
    await expect(page.getByTestId("goal-bar")).toHaveCount(2);
    await expect(page.getByTestId("gantt-count")).toHaveText(`Showing 2 of ${want.goalIds.length} goals`);
    await page.getByRole("button", { name: new RegExp(`Show ${want.goalIds.length - 2} more goals`) }).click();
    await expect(page.getByTestId("goal-bar")).toHaveCount(want.goalIds.length);
    await expect(page).toHaveURL(/goals=42/);
  });

  test("a bar opens its goal's page, by mouse and by keyboard", async ({ page }) => {
    await openTimeline(page, GRACE);
    const bar = page.getByTestId("goal-bar").first();
    const goalId = await bar.getAttribute("data-goal-id");
    await expect(bar).toHaveAccessibleName(/Open the goal\.$/);
    await bar.click();
    await expect(page).toHaveURL(new RegExp(`/goals/${goalId}$`));
    await page.goBack();
    await expect(page.getByTestId("goal-bar").first()).toBeVisible();
    await page.getByTestId("goal-bar").first().focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/goals/${goalId}$`));
  });

  test("an assignee's bar opens the goal with that assignee selected", async ({ page }) => {
    await openTimeline(page, GRACE);
    const goalRow = page.getByTestId("gantt-goal-row").first();
    const goalId = await goalRow.getAttribute("data-goal-id");
    await goalRow.getByRole("button").click();
    const person = page.locator(`[data-testid="gantt-assignee-row"][data-goal-id="${goalId}"]`).first();
    const name = (await person.getAttribute("data-assignee"))!;
    await person.getByTestId("assignee-bar").click();
    await expect(page).toHaveURL(new RegExp(`/goals/${goalId}\\?assignee=`));
    const select = page.locator("#detail-assignee");
    await expect(select.locator("option:checked")).toContainText(name);
    await expect(select).not.toHaveValue("");
  });

  test("Contoso's fiscal year starts in April and its quarters are bucketed in Berlin", async ({ page }) => {
    await openTimeline(page, KATRIN, "/timeline?bucket=quarter");
    await expect(page.getByTestId("timeline-summary")).toContainText("fiscal year starts in April");
    await expect(page.getByTestId("timeline-summary")).toContainText("Europe/Berlin");
    const want = await expected(SECOND_PORTAL, { preset: "this-year", bucket: "quarter" });
    const got = await shown(page);
    expect(got.range).toEqual(want.range);
    expect(got.bucketKeys).toEqual(want.bucketKeys);
    expect(got.goalIds).toEqual(want.goalIds);
    expect(got.seriesKeys).toEqual(want.seriesKeys);
    expect(want.fiscal).toBe(3);
    expect(want.bucketKeys.map((k) => k.slice(5))).toEqual(["04-01", "07-01", "10-01", "01-01"]);
  });

  test("compact figures are the same on the server and in the browser, and the page logs no errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      // The app has no favicon; the browser's request for one is not the page's doing.
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await openTimeline(page, GRACE);
    // Settled first: a reload cuts short whatever the page is still fetching, which it may log.
    await page.waitForLoadState("networkidle");
    await page.reload();
    await expect(page.getByTestId("gantt")).toBeVisible();
    // The e2e stack caches nothing, so this page is drawn in the browser; the server (Node, as this
    // runner) must print the same text for the same figure, or a page it renders fails hydration.
    const cells = await page.getByTestId("period-total").locator("td[title]").evaluateAll((tds) => tds.map((td) => [td.textContent, td.getAttribute("title")]));
    expect(cells.length).toBeGreaterThan(0);
    // Compact money, as the period cells print it: "$1.2M", at most one decimal.
    const compact = new Intl.NumberFormat("en-US", { notation: "compact", style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 1 });
    for (const [shown, full] of cells) expect(shown, `${full}`).toBe(compact.format(Number(full!.replace(/[$,]/g, ""))));
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("the period chart spaces its week labels apart on a phone and on a desktop", async ({ browser }) => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1350, height: 940 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openTimeline(page, GRACE, "/timeline?bucket=week");
      await page.getByTestId("period-chart").scrollIntoViewIfNeeded();
      const labels = page.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
      await expect(labels.first()).toBeVisible();
      const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
      // A year of weeks cannot all be labelled at these widths, and the ones shown must not touch.
      expect(boxes.length).toBeGreaterThan(1);
      expect(boxes.length).toBeLessThan(53);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left, `${viewport.width} px: label ${i} starts after label ${i - 1} ends`).toBeGreaterThan(boxes[i - 1].right);
      await context.close();
    }
  });

  test("on a phone, axis labels do not overlap and bar labels are shown whole or not at all", async ({ browser }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    // Three years on a phone: a quarter's goal bar is far too narrow for its figure.
    const year = new Date().getUTCFullYear();
    await openTimeline(page, GRACE, `/timeline?range=custom&from=${year - 1}-01-01&to=${year + 1}-12-31`);
    await page.getByTestId("gantt-goal-row").first().getByRole("button").click();
    await expect(page.getByTestId("gantt-axis")).toHaveAttribute("data-measured", "true");

    const ticks = await page.getByTestId("axis-tick").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].left, `tick ${i} starts after tick ${i - 1} ends`).toBeGreaterThanOrEqual(ticks[i - 1].right);
    const gantt = (await page.getByTestId("gantt").boundingBox())!;
    expect(ticks[ticks.length - 1].right).toBeLessThanOrEqual(gantt.x + gantt.width);

    // A figure inside a bar is never clipped; one beside a bar stays inside the chart.
    const clipped = await page.getByTestId("goal-bar").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent));
    expect(clipped).toEqual([]);
    const labels = await page.getByTestId("bar-label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(labels.length).toBeGreaterThan(0);
    for (const box of labels) {
      expect(box.left).toBeGreaterThanOrEqual(gantt.x);
      expect(box.right).toBeLessThanOrEqual(gantt.x + gantt.width);
    }
    // The figure stays available to everyone, in the bar's name.
    await expect(page.getByTestId("goal-bar").first()).toHaveAccessibleName(/target \$/);
    // Names give up width on a phone so the bars keep most of it.
    const track = (await page.getByTestId("gantt-axis").boundingBox())!;
    expect(track.width).toBeGreaterThan(gantt.width / 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  test("on a phone the period chart is drawn only once it is on screen, and its placeholder is not printed", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openTimeline(page, GRACE, "/timeline");
    await page.waitForLoadState("networkidle");
    const chart = page.getByTestId("period-chart");
    const placeholder = chart.getByTestId("on-screen-placeholder");
    // Below the gantt, out of sight: held by its placeholder, Recharts not drawn.
    expect(await chart.evaluate((e) => e.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await expect(placeholder).toBeVisible();
    await expect(page.locator(".recharts-surface")).toHaveCount(0);
    await page.emulateMedia({ media: "print" });
    await expect(placeholder).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-cartesian-grid")).toBeVisible();
    await expect(placeholder).toHaveCount(0);
    await context.close();
  });

  test("one goal is counted as one goal, not one goals", async ({ page }) => {
    await openTimeline(page, GRACE, "/timeline?q=Ticket+Response+Time");
    await expect(page.getByTestId("goal-bar")).toHaveCount(1);
    await expect(page.getByTestId("timeline-summary")).toContainText(/· 1 goal ·/);
    await expect(page.getByTestId("gantt-count")).toHaveText("Showing 1 of 1 goal");
  });

  test("has no axe violations, expanded and with the chart drawn", async ({ page }) => {
    await openTimeline(page, GRACE, "/timeline?group=assignee");
    await page.getByTestId("gantt-goal-row").first().getByRole("button").click();
    await expect(page.getByTestId("gantt-assignee-row").first()).toBeVisible();
    await page.getByTestId("period-chart").scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
    await page.screenshot({ path: "test-results/timeline.png", fullPage: true });
  });
});
