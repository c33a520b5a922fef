import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { indexDirectory } from "../lib/goals/assignees";
import { groupGoals } from "../lib/goals/group";
import type { Directory, Target } from "../lib/goals/model";
import { toTarget } from "../lib/goals/parse-target";
import { planGantt } from "../lib/goals/timeline-bars";
import { type Grouping, type Level, measureOptions, periodModel, pickMeasure } from "../lib/goals/timeline-periods";
import { portalFiscalOffset, type RangeChoice, resolveRange } from "../lib/goals/timeline-range";
import { planPeriods } from "../lib/goals/timeline-scale";
import { selectTimeline } from "../lib/goals/timeline-select";
import type { BucketSize } from "../lib/goals/buckets";
import { compactAmount } from "../components/timeline/period-format";
import { E2E } from "./ports";
import { emulator } from "./support/emulator";
import { DEMO_PORTAL, SECOND_PORTAL, signIn } from "./support/sign-in";

const GRACE = "grace.holloway@northwind-traders.example";
const KATRIN = "katrin.vogel@contoso-europe.example";
const PORTALS = { [DEMO_PORTAL]: "America/New_York", [SECOND_PORTAL]: "Europe/Berlin" } as Record<number, string>;

interface RawDirectory {
  owners: { id: string; userId: number | null; email: string | null; firstName: string; lastName: string; archived: boolean; teams?: { id: string }[] }[];
  users: { id: string; email: string | null; firstName: string; lastName: string; primaryTeamId?: string | null; secondaryTeamIds?: string[] }[];
  teams: { id: string; name: string; userIds: string[]; secondaryUserIds?: string[] }[];
}

/** The emulator's portal as Goalboard reads it: live targets parsed, directory in the model's shape. */
async function portalData(portalId: number) {
  const targets = (await emulator.targets(portalId)).flatMap((record): Target[] => {
    try {
      return [toTarget(record)];
    } catch {
      return [];
    }
  });
  const raw = (await (await fetch(`${E2E.emulatorUrl}/__emulator/portals/${portalId}/directory`)).json()) as RawDirectory;
  const name = (first: string, last: string) => `${first} ${last}`.trim();
  const directory: Directory = {
    owners: raw.owners.map((o) => ({ id: o.id, userId: o.userId == null ? null : String(o.userId), email: o.email, name: name(o.firstName, o.lastName), teamIds: (o.teams ?? []).map((t) => t.id), archived: o.archived })),
    users: raw.users.map((u) => ({ id: u.id, email: u.email, name: name(u.firstName, u.lastName), primaryTeamId: u.primaryTeamId ?? null, secondaryTeamIds: u.secondaryTeamIds ?? [] })),
    teams: raw.teams.map((t) => ({ id: t.id, name: t.name, userIds: [...t.userIds, ...(t.secondaryUserIds ?? [])] })),
  };
  return { targets, directory, timeZone: PORTALS[portalId] };
}

interface ViewChoice extends RangeChoice {
  bucket?: BucketSize;
  group?: Grouping;
  level?: Level;
  expandAll?: boolean;
}

/** What the timeline must show for a view, computed from the emulator's records with the goal maths' rules. */
async function expected(portalId: number, choice: ViewChoice) {
  const { targets, directory, timeZone } = await portalData(portalId);
  const index = indexDirectory(directory);
  const now = Date.now();
  const fiscal = portalFiscalOffset(targets);
  const range = resolveRange(choice, now, timeZone, fiscal);
  const goals = groupGoals(targets);
  const selection = selectTimeline(goals, { archived: false }, { now, directoryIndex: index, timeZone }, range);
  const expanded = new Set(choice.expandAll ? selection.goals.map((g) => g.id) : []);
  const gantt = planGantt(selection.goals, { range, now, timeZone, directory: index, limit: 40, expanded, scheduleIds: null });
  const periods = planPeriods(range, choice.bucket ?? "month", timeZone, fiscal);
  const measure = pickMeasure(measureOptions(selection.targets), null);
  const chart = measure ? periodModel(selection.targets, periods.buckets, measure, choice.group ?? "team", index, { progressUntil: now, level: choice.level }) : null;
  return {
    range,
    fiscal,
    goalIds: selection.goals.map((g) => g.id),
    gantt,
    bucketKeys: periods.buckets.map((b) => b.key),
    seriesKeys: chart?.series.map((s) => s.key) ?? [],
    emptyCells: chart?.series.reduce((n, s) => n + s.cells.filter((c) => c.target === null).length, 0) ?? 0,
    actualKnown: chart?.actuals.map((a) => a !== null) ?? [],
    totals: chart?.totals ?? [],
    otherLevelTargets: chart?.otherLevelTargets ?? 0,
    bucketStarts: periods.buckets.map((b) => Date.parse(b.start)),
    gaps: gantt.lines.reduce((n, l) => n + (l.kind === "assignee" ? l.segments.filter((s) => s.kind === "gap").length : 0), 0),
  };
}

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
  test("presets draw the goals and periods the emulator's data says, this year by default", async ({ page }) => {
    await openTimeline(page, GRACE);
    await expect(page.getByRole("radio", { name: "This year" })).toBeChecked();
    const checks: [string, ViewChoice][] = [
      ["This year", { preset: "this-year" }],
      ["This quarter", { preset: "this-quarter" }],
      ["Last year", { preset: "last-year" }],
      ["This month", { preset: "this-month" }],
    ];
    for (const [label, choice] of checks) {
      await page.getByRole("radio", { name: label }).check();
      if (choice.preset !== "this-year") await expect(page).toHaveURL(new RegExp(`range=${choice.preset}`));
      const want = await expected(DEMO_PORTAL, choice);
      await expect.poll(async () => (await shown(page)).range, { message: label }).toEqual([want.range.fromDate, want.range.toDate]);
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
    const choice: ViewChoice = { preset: "custom", from: day(-2), to: day(3) };
    await openTimeline(page, GRACE, `/timeline?range=custom&from=${choice.from}&to=${choice.to}`);
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

    await page.getByLabel("Add up").selectOption("teams");
    await expect(page).toHaveURL(/level=teams/);
    const teams = await expected(DEMO_PORTAL, { preset: "this-year", group: "assignee", level: "teams" });
    await expect.poll(async () => (await shown(page)).seriesKeys).toEqual(teams.seriesKeys);
    expect(teams.seriesKeys.length).toBeGreaterThan(0);
    expect(teams.seriesKeys.every((k) => k.startsWith("team:"))).toBe(true);
    expect(teams.totals).not.toEqual(people.totals);
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
    expect(await page.locator(".recharts-bar-rectangle").count()).toBeLessThanOrEqual(2000);
  });

  test("expanding goals shows a bar per assignee and marks the periods they have no target", async ({ page }) => {
    await openTimeline(page, GRACE);
    const want = await expected(DEMO_PORTAL, { preset: "this-year", expandAll: true });
    for (const id of want.goalIds.slice(0, 40)) {
      const toggle = page.locator(`[data-testid="gantt-goal-row"][data-goal-id="${id}"]`).getByRole("button");
      await toggle.click();
      // The server answers with the goal's assignees; the rows below move down once it has.
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
    }
    const assigneeLines = want.gantt.lines.filter((l) => l.kind === "assignee").length;
    await expect(page.getByTestId("gantt-assignee-row")).toHaveCount(assigneeLines);
    await expect(page.getByTestId("gap-marker")).toHaveCount(want.gaps);
    await expect(page.getByTestId("today-line")).toBeVisible();
    expect(Number(await page.getByTestId("gantt").getAttribute("data-marks"))).toBe(want.gantt.marks);
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
    expect(want.fiscal).toBe(3);
    expect(want.bucketKeys.map((k) => k.slice(5))).toEqual(["04-01", "07-01", "10-01", "01-01"]);
    const got = await shown(page);
    expect(got.range).toEqual([want.range.fromDate, want.range.toDate]);
    expect(got.bucketKeys).toEqual(want.bucketKeys);
    expect(got.goalIds).toEqual(want.goalIds);
    expect(got.seriesKeys).toEqual(want.seriesKeys);
  });

  test("compact figures are the same on the server and in the browser, and the page logs no errors", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      // The app has no favicon; the browser's request for one is not the page's doing.
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await openTimeline(page, GRACE);
    await page.reload();
    await expect(page.getByTestId("gantt")).toBeVisible();
    // The e2e stack caches nothing, so this page is drawn in the browser; the server (Node, as this
    // runner) must print the same text for the same figure, or a page it renders fails hydration.
    const cells = await page.getByTestId("period-total").locator("td[title]").evaluateAll((tds) => tds.map((td) => [td.textContent, td.getAttribute("title")]));
    expect(cells.length).toBeGreaterThan(0);
    for (const [shown, full] of cells) expect(shown, `${full}`).toBe(compactAmount(full!.replace(/[$,]/g, ""), "currency", "USD"));
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test("the period chart spaces its week labels apart on a phone and on a desktop", async ({ browser }) => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1350, height: 940 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await openTimeline(page, GRACE, "/timeline?bucket=week");
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
    await openTimeline(page, GRACE);
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
    for (const box of await page.getByTestId("bar-label").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
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
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
    await page.screenshot({ path: "test-results/timeline.png", fullPage: true });
  });
});
