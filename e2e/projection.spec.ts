import { expect, test, type Locator } from "@playwright/test";
import type { RawTarget } from "./support/emulator";
import { expectedGoals, type ExpectedGoal } from "./support/expected";
import { atRisk, figuresOf, periodsOf, projectedText, projectionOf, type ProjectionFigures } from "./support/figures";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";
import { showChart } from "./support/visits";

/**
 * Projection on the demo goals, recomputed here from the emulator's raw records by /help's
 * definitions (e2e/support/figures.ts), at the instant each page says it computed its figures.
 */

const ZONE = "America/New_York";
const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const hours = new Intl.NumberFormat("en-US", { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: ZONE });
const DAY_MS = 86_400_000;

interface Case {
  pattern: RegExp;
  average: boolean;
  lowerIsBetter: boolean;
  /** A projection is an expectation: counts in whole numbers. */
  expected: (value: number) => string;
}

const CASES: Case[] = [
  { pattern: /^\d{4} Annual Revenue Quota$/, average: false, lowerIsBetter: false, expected: usd.format },
  { pattern: /^Quarterly Team Revenue$/, average: false, lowerIsBetter: false, expected: usd.format },
  { pattern: /^Weekly Calls Made$/, average: false, lowerIsBetter: false, expected: whole.format },
  { pattern: /^Ticket Response Time$/, average: true, lowerIsBetter: true, expected: hours.format },
];

async function demoGoal(c: Case): Promise<ExpectedGoal> {
  const goal = (await expectedGoals(DEMO_PORTAL)).find((g) => c.pattern.test(g.name));
  if (!goal) throw new Error(`the demo portal has no goal matching ${c.pattern}`);
  return goal;
}

const projection = (records: RawTarget[], now: number, c: Case) => projectionOf(figuresOf(periodsOf(records, ZONE), now, c), now, c);
const nowOf = async (locator: Locator) => Number(await locator.getAttribute("data-now"));

function gapText(p: ProjectionFigures, c: Case): string {
  const size = c.expected(Math.abs(p.gap));
  if (p.gap === 0 || size === c.expected(0)) return "on target";
  return `${size} ${p.gap < 0 ? "below" : "above"} target`;
}

function neededText(p: ProjectionFigures, c: Case): string {
  if (c.average) return `the rest must average ${c.lowerIsBetter ? "at most" : "at least"} ${c.expected(p.neededAverage!)}`;
  if (p.perDay === null) return "target already reached";
  const weekly = p.remainingMs >= 14 * DAY_MS;
  return `${c.expected(weekly ? p.perDay * 7 : p.perDay)} a ${weekly ? "week" : "day"} needed from here`;
}

test.describe("projection", () => {
  test("the goal list shows each demo goal's projected attainment, flagged at risk below the threshold in its address", async ({ page }) => {
    await signIn(page, GRACE, "/goals");
    const now = await nowOf(page.getByTestId("goal-count"));
    const projected = await Promise.all(CASES.map(async (c) => ({ c, goal: await demoGoal(c), p: projection((await demoGoal(c)).targets, now, c) })));
    // A threshold that splits the demo goals, so the flag is seen both ways.
    const ratios = projected.filter((x) => x.p && !x.c.lowerIsBetter).map((x) => x.p!.attainment!).sort((a, b) => a - b);
    expect(ratios.length).toBeGreaterThanOrEqual(2);
    const percent = Math.floor(ratios[0] * 100) + 1;
    await page.goto(`/goals?risk=${percent}`);
    await expect(page.getByLabel(/At risk below/)).toHaveValue(String(percent));
    let flagged = 0;
    for (const { c, goal, p } of projected) {
      const row = page.locator(`[data-testid=goal-row][data-goal-id="${goal.id}"]`);
      expect(p, goal.name).not.toBeNull();
      await expect(row.getByTestId("goal-projected"), goal.name).toHaveText(projectedText(p!, percent / 100, c.lowerIsBetter));
      const risky = atRisk(p, percent / 100, c.lowerIsBetter);
      flagged += risky ? 1 : 0;
      await expect(row.getByTestId("at-risk"), goal.name).toHaveCount(risky ? 1 : 0);
    }
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(projected.length);

    // The threshold picker writes the address; the default stays out of it.
    await page.getByLabel(/At risk below/).selectOption("90");
    await expect(page).not.toHaveURL(/risk=/);
    await page.getByLabel(/At risk below/).selectOption("100");
    await expect(page).toHaveURL(/risk=100/);
  });

  test("each goal page shows the projection, its range and gap, and draws it dashed to the period's end", async ({ page }) => {
    await signIn(page, GRACE, "/goals");
    for (const c of CASES) {
      const goal = await demoGoal(c);
      await page.goto(`/goals/${goal.id}`);
      const now = await nowOf(page.getByTestId("standing"));
      const p = projection(goal.targets, now, c)!;
      expect(p, goal.name).not.toBeNull();
      const range = p.range ? `${c.expected(p.range.low)} to ${c.expected(p.range.high)}` : null;
      await expect(page.getByTestId("summary-projection"), goal.name).toHaveText(c.expected(p.value));
      await expect(page.getByTestId("summary-projection-base"), goal.name).toHaveText(range ? `Projection range: ${range}` : "No range: no earlier finished period to compare");
      await expect(page.getByTestId("projection").locator("dt").first(), goal.name).toHaveText(`Projection on ${day.format(p.end - 1)}`);
      await expect(page.getByTestId("summary-projected-attainment"), goal.name).toContainText(projectedText(p, 0.9, c.lowerIsBetter));
      await expect(page.getByTestId("summary-projected-attainment").getByTestId("at-risk"), goal.name).toHaveCount(atRisk(p, 0.9, c.lowerIsBetter) ? 1 : 0);
      await expect(page.getByTestId("summary-gap"), goal.name).toHaveText(gapText(p, c));
      await expect(page.getByTestId("summary-gap-base"), goal.name).toHaveText(neededText(p, c));

      // The chart continues the actual to the end with a dotted line, named with the same figures:
      // its dash pattern is not the cumulative target's, which it would otherwise be mistaken for.
      await showChart(page);
      await expect(page.getByTestId("period-bar").first()).toBeVisible();
      const line = page.locator(".projected-line path.recharts-curve");
      await expect(line, goal.name).toHaveCount(1);
      await expect(line, goal.name).toHaveAttribute("stroke-dasharray", /\d/);
      const cumulativeTarget = page.locator(".cumulative-target path.recharts-curve");
      if ((await cumulativeTarget.count()) > 0) {
        expect(await line.getAttribute("stroke-dasharray"), goal.name).not.toBe(await cumulativeTarget.first().getAttribute("stroke-dasharray"));
      }
      await expect(page.getByRole("list", { name: "Chart key" }), goal.name).toContainText(
        `Projection (dotted, at the rate so far): ${c.expected(p.value)} on ${day.format(p.end - 1)}${range ? ` (range ${range})` : ""}`,
      );
    }
  });

  test("a goal whose periods are all over has an outcome and no projection", async ({ page }) => {
    const goal = (await expectedGoals(DEMO_PORTAL)).find((g) => /Meetings Booked$/.test(g.name))!;
    await signIn(page, GRACE, `/goals/${goal.id}`);
    await expect(page.getByTestId("projection-none")).toHaveText("Projection: none, every period is over; the outcome says how it ended.");
    // Drawn, and without the line.
    await showChart(page);
    await expect(page.getByTestId("period-bar").first()).toBeVisible();
    await expect(page.locator(".projected-line")).toHaveCount(0);
    await page.goto("/goals");
    await expect(page.locator(`[data-testid=goal-row][data-goal-id="${goal.id}"]`).getByTestId("goal-projected")).toHaveText("—");
  });
});
