import { expect, type Page } from "@playwright/test";
import { expectedGoals } from "./expected";
import { DEMO_PORTAL } from "./sign-in";

/** Every signed-in page once (and the not-found page), for the looks and layout specs. */
export interface Visit {
  name: string;
  path: string;
  /** What shows once the page has its content. */
  ready: (page: Page) => ReturnType<Page["getByTestId"]>;
  /** Scrolled into view first: what the page draws only once it is on screen. */
  reveal?: (page: Page) => ReturnType<Page["getByTestId"]>;
  /** Outside the signed-in shell: nothing to wait for but the page itself. */
  bare?: true;
  /** Full screen, without the top navigation (the wallboard). */
  noHeader?: true;
  /** The element whose background is the page's, when it is not the body's. */
  surface?: string;
}

/** `scheme` is the look under test: the wallboard keeps its own theme, so its address names it. */
export async function visits(scheme: "light" | "dark" = "light"): Promise<Visit[]> {
  const goals = await expectedGoals(DEMO_PORTAL);
  // A goal with several assignees and progress, so the chart, badges and bars all show.
  const goal = goals.find((g) => /Annual Revenue Quota$/.test(g.name) && g.assignees.size > 1);
  if (!goal) throw new Error("the demo portal has no annual revenue quota with several assignees");
  const target = goal.targets[0];
  return [
    {
      name: "goals",
      path: `/goals?open=${goal.id}`,
      // The table's assignee rows on a wide screen, the cards on a phone.
      ready: (page) => page.locator("[data-testid=schedule-row], [data-testid=assignee-card]").filter({ visible: true }).first(),
    },
    { name: "goal", path: `/goals/${goal.id}`, reveal: (page) => page.getByTestId("chart-section"), ready: (page) => page.getByTestId("target-chart").locator("svg") },
    { name: "plan", path: `/goals/${goal.id}/plan`, ready: (page) => page.getByTestId("plan-row").first() },
    { name: "target", path: `/targets/${target.id}`, ready: (page) => page.getByTestId("target-facts") },
    { name: "targets", path: "/targets", ready: (page) => page.getByTestId("target-row").first() },
    {
      name: "timeline",
      path: `/timeline?open=${goal.id}`,
      reveal: (page) => page.getByTestId("period-chart"),
      ready: (page) => page.getByTestId("period-chart").locator(".recharts-cartesian-grid"),
    },
    { name: "leaderboard", path: "/leaderboard?type=sales_quota", ready: (page) => page.getByTestId("leader-row").first() },
    // The wallboard keeps its own theme (dark unless its address says light), whatever the reader's.
    {
      name: "wall",
      path: `/wall?goals=${goal.id}&boards=sales_quota&theme=${scheme}`,
      ready: (page) => page.getByTestId("wall-row").first(),
      noHeader: true,
      surface: "[data-testid=wall]",
    },
    { name: "help", path: "/help", ready: (page) => page.getByRole("heading", { level: 1, name: "How Goalboard works" }) },
    { name: "not-found", path: "/no-such-page", ready: (page) => page.getByRole("heading", { level: 1, name: "Page not found" }), bare: true },
  ];
}

export async function settle(page: Page, visit: Visit) {
  if (visit.reveal) await visit.reveal(page).scrollIntoViewIfNeeded({ timeout: 20_000 });
  await expect(visit.ready(page)).toBeVisible({ timeout: 20_000 });
  // Hydrated, and the answers a view asks for after it (filter options, windows of rows) are in.
  if (!visit.bare) await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

/** The goal and target pages draw their chart only once it is on screen, as a reader scrolling there would see it. */
export async function showChart(page: Page) {
  await page.getByTestId("chart-section").scrollIntoViewIfNeeded();
}
