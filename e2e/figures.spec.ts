import { expect, test, type Locator, type Page } from "@playwright/test";
import type { RawTarget } from "./support/emulator";
import { directoryNames, expectedGoals, type ExpectedGoal } from "./support/expected";
import { atRisk, type Figures, figuresOf, percentText, periodsOf, projectedText, projectionOf } from "./support/figures";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * Four demo goals, one of each kind (a money quota, a team goal, a count, an average where lower is
 * better), checked on every page that shows them against a recomputation from the emulator's raw records (e2e/support/figures.ts), at the
 * instant each page says it computed its figures.
 */

const ZONE = "America/New_York";
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const hours = new Intl.NumberFormat("en-US", { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 });

interface Case {
  pattern: RegExp;
  average: boolean;
  lowerIsBetter: boolean;
  amount: (value: number) => string;
  /** Expected by today: counts in whole units. */
  expected: (value: number) => string;
}

const CASES: Case[] = [
  { pattern: /^\d{4} Annual Revenue Quota$/, average: false, lowerIsBetter: false, amount: usd.format, expected: usd.format },
  { pattern: /^Quarterly Team Revenue$/, average: false, lowerIsBetter: false, amount: usd.format, expected: usd.format },
  { pattern: /^Weekly Calls Made$/, average: false, lowerIsBetter: false, amount: count.format, expected: whole.format },
  { pattern: /^Ticket Response Time$/, average: true, lowerIsBetter: true, amount: hours.format, expected: hours.format },
];

async function demoGoal(c: Case): Promise<ExpectedGoal> {
  const goal = (await expectedGoals(DEMO_PORTAL)).find((g) => c.pattern.test(g.name));
  if (!goal) throw new Error(`the demo portal has no goal matching ${c.pattern}`);
  return goal;
}

const figures = (records: RawTarget[], now: number, c: Case) => figuresOf(periodsOf(records, ZONE), now, c);
const nowOf = async (locator: Locator) => Number(await locator.getAttribute("data-now"));
const ratioText = (ratio: number | null, f: Figures, c: Case, none: string) => (ratio === null ? none : percentText(ratio, f, c.average, c.lowerIsBetter));

const assigneeOf = (t: RawTarget) => t.properties.hs_assignee_team_id ?? t.properties.hubspot_owner_id ?? t.properties.hs_assignee_user_id ?? "";

async function openGoal(page: Page, goal: ExpectedGoal) {
  await page.goto(`/goals/${goal.id}`);
  await expect(page.getByTestId("summary-target")).toBeVisible();
}

test.describe("the same figures everywhere", () => {
  test("the goal list shows each demo goal's target, attainment to date, progress toward the total and pace", async ({ page }) => {
    await signIn(page, GRACE, "/goals");
    const now = await nowOf(page.getByTestId("goal-count"));
    for (const c of CASES) {
      const goal = await demoGoal(c);
      const f = figures(goal.targets, now, c);
      const row = page.locator(`[data-testid=goal-row][data-goal-id="${goal.id}"]`);
      await expect(row.getByTestId("goal-total"), goal.name).toHaveText(c.amount(f.target));
      await expect(row.getByTestId("goal-attainment"), goal.name).toHaveText(ratioText(f.attainment, f, c, "No progress data"));
      await expect(row.getByTestId("goal-progress"), goal.name).toHaveText(ratioText(f.progress, f, c, "—"));
      await expect(row.getByTestId("goal-pace"), goal.name).toHaveText(f.status);
    }
  });

  test("on a phone each demo goal is a card with the list's progress, attainment and pace, that opens the goal", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, GRACE, "/goals");
    await expect(page.getByTestId("goal-table")).toBeHidden();
    const now = await nowOf(page.getByTestId("goal-count"));
    for (const c of CASES) {
      const goal = await demoGoal(c);
      const f = figures(goal.targets, now, c);
      const card = page.locator(`[data-testid=goal-card][data-goal-id="${goal.id}"]`);
      await expect(card.getByTestId("card-name"), goal.name).toHaveText(goal.name);
      await expect(card.getByTestId("card-progress"), goal.name).toHaveText(ratioText(f.progress, f, c, "—"));
      await expect(card.getByTestId("card-attainment"), goal.name).toHaveText(ratioText(f.attainment, f, c, "No progress data"));
      await expect(card.getByTestId("card-pace"), goal.name).toHaveText(new RegExp(`^${f.status}`));
      await expect(card, goal.name).toContainText("Current target");
    }

    // Sorting works without column headers: by name, descending.
    const names = (await expectedGoals(DEMO_PORTAL)).map((g) => g.name).sort((a, b) => a.localeCompare(b));
    await page.getByRole("button", { name: "Ascending" }).click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect.poll(async () => (await page.getByTestId("goal-card").getByTestId("card-name").allInnerTexts()).map((s) => s.trim())).toEqual([...names].reverse());

    // A tap anywhere on a card opens its goal.
    const goal = await demoGoal(CASES[0]);
    const card = page.locator(`[data-testid=goal-card][data-goal-id="${goal.id}"]`);
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12);
    await expect(page).toHaveURL(new RegExp(`/goals/${goal.id}$`));
  });

  test("each goal page's cards, chart and assignee totals agree with each other and with the records", async ({ page }) => {
    await signIn(page, GRACE, "/goals");
    const who = await directoryNames(DEMO_PORTAL);
    for (const c of CASES) {
      const goal = await demoGoal(c);
      await openGoal(page, goal);
      const now = await nowOf(page.getByTestId("standing"));
      const f = figures(goal.targets, now, c);
      await expect(page.getByTestId("summary-target"), goal.name).toHaveText(c.amount(f.target));
      await expect(page.getByTestId("summary-expected"), goal.name).toHaveText(c.expected(f.expected!));
      await expect(page.getByTestId("summary-actual"), goal.name).toHaveText(`${c.amount(f.actual!)}${f.toDate ? " to date" : ""}`);
      await expect(page.getByTestId("summary-attainment"), goal.name).toHaveText(ratioText(f.attainment, f, c, "No progress data"));
      await expect(page.getByTestId("summary-attainment-base"), goal.name).toHaveText(`of ${c.amount(f.startedTarget!)} in periods that have started`);
      await expect(page.getByTestId("summary-progress"), goal.name).toHaveText(c.average ? "None for an average" : ratioText(f.progress, f, c, ""));
      await expect(page.getByTestId("summary-pace"), goal.name).toHaveText(f.status);

      // The chart's point at today is the card's expected by today, and it names whom it leaves out.
      await expect(page.getByRole("list", { name: "Chart key" })).toContainText(`Expected by today: ${c.expected(f.expected!)}`);
      const silentNames = f.silent.map((s) => who.get(assigneeOf(goal.targets.find((t) => (t.properties.hs_goal_target_group_id ?? t.id) === s)!))!);
      if (silentNames.length === 0) await expect(page.getByTestId("chart-left-out")).toHaveCount(0);
      for (const name of silentNames) {
        await expect(page.getByTestId("chart-left-out"), goal.name).toContainText(name);
        await expect(page.getByTestId("summary-unreported"), goal.name).toContainText(name);
      }

      // Each assignee's total row: the same figures over their periods alone.
      await expect(page.getByTestId("assignee-periods"), goal.name).toHaveCount(goal.assignees.size);
      for (const section of await page.getByTestId("assignee-periods").all()) {
        const name = (await section.getAttribute("data-assignee"))!;
        const mine = goal.targets.filter((t) => who.get(assigneeOf(t)) === name);
        const a = figures(mine, now, c);
        const total = section.getByTestId("assignee-total");
        await expect(total.getByTestId("assignee-total-target"), name).toHaveText(c.amount(a.target));
        await expect(total.getByTestId("assignee-total-attainment"), name).toHaveText(ratioText(a.attainment, a, c, "—"));
        await expect(total.getByTestId("assignee-total-progress"), name).toHaveText(ratioText(a.progress, a, c, "—"));
        await expect(total, name).toContainText(a.status);
      }
    }
  });

  test("a window of one assignee's periods has its own figures, its percentage never rounded past its outcome", async ({ page }) => {
    const c = CASES[0];
    const goal = await demoGoal(c);
    const who = await directoryNames(DEMO_PORTAL);
    const year = new Date(goal.start).getUTCFullYear();
    // Emma Nguyen, March to August: assigned by user id, one person with the owner who has it.
    const emma = goal.targets.filter((t) => who.get(assigneeOf(t)) === "Emma Nguyen");
    const spring = emma.filter((t) => {
      const month = new Date(Date.parse(t.properties.hs_start_datetime!)).getUTCMonth();
      return month >= 2 && month <= 7;
    });
    expect(spring).toHaveLength(6);
    const key = `owner:${[...who].find(([id, name]) => name === "Emma Nguyen" && id.startsWith("1"))![0]}`;
    await signIn(page, GRACE, `/goals/${goal.id}?assignee=${encodeURIComponent(key)}&from=${year}-03-01&to=${year}-08-31`);
    await expect(page.getByTestId("period-row")).toHaveCount(6);
    const now = await nowOf(page.getByTestId("standing"));
    const f = figures(spring, now, c);
    expect(f.status === "Achieved" || f.status === "Missed").toBe(true);
    await expect(page.getByTestId("summary-target")).toHaveText(c.amount(f.target));
    await expect(page.getByTestId("summary-actual")).toHaveText(c.amount(f.actual!));
    await expect(page.getByTestId("summary-attainment")).toHaveText(ratioText(f.attainment, f, c, ""));
    await expect(page.getByTestId("summary-pace")).toHaveText(f.status);
    // Every period in the window is over: the card is an outcome, not a pace.
    await expect(page.getByTestId("standing").locator("dt", { hasText: /^Outcome$/ })).toBeVisible();
  });

  test("/targets shows each of their targets' attainment to date and pace or outcome", async ({ page }) => {
    await signIn(page, GRACE, "/targets");
    for (const c of CASES) {
      const goal = await demoGoal(c);
      await page.goto(`/targets?q=${encodeURIComponent(goal.name)}`);
      const table = page.getByTestId("target-table");
      await expect(page.getByTestId("target-row").first()).toBeVisible();
      const now = await nowOf(page.getByTestId("target-count"));
      const seen = new Map<string, [string, string]>();
      // The table draws the rows in view, each window of them from the server: scroll through it and read each one.
      for (let top = 0, last = -1; top !== last; ) {
        await expect(page.getByTestId("row-pending")).toHaveCount(0);
        // Each row read at once: the table re-draws its rows as it scrolls, so a row found by position
        // may be another one (or gone) by the time a second look reaches it.
        const rows = await page.getByTestId("target-row").evaluateAll((els) =>
          els.map((e) => {
            const text = (id: string) => (e.querySelector(`[data-testid=${id}]`) as HTMLElement).innerText.trim();
            return [e.getAttribute("data-target-id")!, text("target-attainment"), text("target-pace")] as const;
          }),
        );
        for (const [id, attainment, pace] of rows) seen.set(id, [attainment, pace]);
        last = top;
        top = await table.evaluate((e) => {
          e.scrollTop += e.clientHeight;
          return e.scrollTop;
        });
        await page.waitForTimeout(100);
      }
      expect(seen.size, goal.name).toBe(goal.targets.length);
      for (const t of goal.targets) {
        const f = figures([t], now, c);
        const none = f.status === "Not started" ? "—" : "No progress data";
        expect(seen.get(t.id), `${goal.name} target ${t.id}`).toEqual([ratioText(f.attainment, f, c, none), f.status]);
      }
    }
  });

  test("the timeline labels each goal with the same target and marks the running month's actual as to date", async ({ page }) => {
    await signIn(page, GRACE, "/timeline");
    await expect(page.getByTestId("gantt")).toBeVisible();
    for (const c of CASES) {
      const goal = await demoGoal(c);
      const f = figures(goal.targets, Date.now(), c);
      const bar = page.locator(`[data-testid=goal-bar][data-goal-id="${goal.id}"]`);
      await expect(bar, goal.name).toHaveAccessibleName(new RegExp(`${c.average ? "average" : "total"} target ${escape(c.amount(f.target))}`));
    }
    // The sales quota's actual per month: known up to this month, this month's marked as to date.
    const actuals = page.getByTestId("period-actual").locator("td");
    await expect(actuals.first()).toBeVisible();
    const running = page.locator('[data-testid=period-actual] td[data-to-date="true"]');
    await expect(running).toHaveCount(1);
    await expect(running).toContainText("to date");
    const current = await page.locator('[data-testid=period-bucket][aria-current="date"]').getAttribute("data-key");
    const keys = await page.getByTestId("period-bucket").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    expect(await running.evaluate((td) => [...td.parentElement!.children].indexOf(td) - 1)).toBe(keys.indexOf(current));
  });

  test("/help defines every figure and works an example through with the same rules", async ({ page }) => {
    await signIn(page, GRACE, "/help");
    const definitions = page.getByTestId("figure-definitions");
    const names = ["Target", "Current target", "Expected by today", "Actual", "Attainment to date", "Progress toward the total", "Percent of expected", "Pace", "Outcome"];
    for (const name of [...names, "Projection", "Projection range", "Projected attainment", "Gap to target", "At risk"]) {
      await expect(definitions.locator("dt", { hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
    }
    // Sofia and Liam, $10,000 a month for January to April, on March 16 at noon; Liam reports nothing.
    const now = Date.parse("2026-03-16T12:00:00.000Z");
    const month = (i: number) => new Date(Date.UTC(2026, i, 1)).toISOString();
    const record = (who: string, i: number, value: string | null): RawTarget => ({
      id: `${who}${i}`,
      properties: { hs_goal_target_group_id: who, hs_start_datetime: month(i), hs_end_datetime: month(i + 1), hs_target_amount: "10000", hs_kpi_value: value },
      createdAt: month(0),
      updatedAt: month(0),
      archived: false,
    });
    const records = [0, 1, 2, 3].flatMap((i) => [record("sofia", i, ["10000", "9000", "4000", null][i]), record("liam", i, null)]);
    const c = CASES[0];
    const f = figuresOf(periodsOf(records, "UTC"), now, c);
    const p = projectionOf(f, now, c)!;
    const shown = await page.getByTestId("worked-example").locator("tbody tr").evaluateAll((rows) => rows.map((r) => [r.querySelector("th")!.textContent, r.querySelector("td")!.textContent]));
    expect(shown).toEqual([
      ["Target", usd.format(f.target)],
      ["Expected by today", usd.format(f.expected!)],
      ["Actual", `${usd.format(f.actual!)} to date`],
      ["Attainment to date", percentText(f.attainment!, f, false, false)],
      ["Progress toward the total", percentText(f.progress!, f, false, false)],
      ["Percent of expected", percentText(f.actual! / f.expected!, f, false, false)],
      ["Pace", f.status],
      ["Projection", usd.format(p.value)],
      ["Projection range", `${usd.format(p.range!.low)} to ${usd.format(p.range!.high)}`],
      ["Projected attainment", projectedText(p, 0.9, false)],
      ["Gap to target", `${usd.format(-p.gap)} below target`],
      ["At risk", atRisk(p, 0.9, false) ? "Yes" : "No"],
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
