import { expect, test, type Locator, type Page } from "@playwright/test";
import { GRACE } from "./support/session";
import { signIn } from "./support/sign-in";
import { settle, visits } from "./support/visits";

/**
 * Layout a person can see: no page scrolls sideways on a 390 px phone, controls a thumb can hit
 * (44 px), goal pages whose tables cut nothing at 1440 px and keep one set of column widths, and a
 * timeline whose today line crosses no label.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const TOUCH = 44;

/** Visible controls under `scope` smaller than a fingertip, described for the failure message. */
async function smallTargets(scope: Locator, selector: string): Promise<string[]> {
  return scope.locator(selector).evaluateAll(
    (els, min) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === "fixed")
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        // A 1 px box is a visually hidden skip link, shown only on focus.
        .filter(({ box }) => box.width > 1 && box.height > 1 && (box.height < min - 0.5 || box.width < min - 0.5))
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
    TOUCH,
  );
}

const CONTROLS = "button, select, input:not([type=checkbox]):not([type=radio]), summary";

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("on a 390 px phone no page scrolls sideways, and the header's controls are 44 px touch targets with its links on one row", async ({ page }, testInfo) => {
  testInfo.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  const pages = await visits();
  await page.goto("/signin");
  expect(await pageOverflow(page), "signin").toBeLessThanOrEqual(0);
  await signIn(page, GRACE, pages[0].path);
  for (const visit of pages) {
    if (new URL(page.url()).pathname + new URL(page.url()).search !== visit.path) await page.goto(visit.path);
    await settle(page, visit);
    expect(await pageOverflow(page), visit.name).toBeLessThanOrEqual(0);
    if (visit.bare || visit.noHeader) continue;
    const header = page.locator("header").first();
    expect(await smallTargets(header, `${CONTROLS}, a[href]`), `${visit.name}: header`).toEqual([]);
    // Sign out stays on one line.
    const signOut = header.getByRole("button", { name: "Sign out" });
    expect((await signOut.boundingBox())!.height).toBeLessThan(2 * TOUCH);
    expect(await signOut.evaluate((el) => el.getClientRects().length)).toBe(1);
    // The six page links share one row, every one of them in view.
    const links = await header.getByRole("navigation", { name: "Main" }).getByRole("listitem").evaluateAll((items) =>
      items.map((li) => li.getBoundingClientRect()).map((box) => ({ top: Math.round(box.top), right: box.right })),
    );
    expect(links, `${visit.name}: header links`).toHaveLength(6);
    expect(new Set(links.map((link) => link.top)).size, `${visit.name}: header link rows`).toBe(1);
    expect(Math.max(...links.map((link) => link.right)), `${visit.name}: last header link in view`).toBeLessThanOrEqual(PHONE.width);
  }
});

test("on a phone the goal page reads standing, chart, periods as compact rows, then leaderboard and history, with 44 px controls", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const goal = (await visits()).find((v) => v.name === "goal")!;
  await signIn(page, GRACE, goal.path);
  await settle(page, goal);
  const top = async (locator: Locator) => (await locator.boundingBox())!.y;
  const standing = await top(page.getByTestId("standing"));
  const chart = await top(page.getByTestId("target-chart"));
  const periods = await top(page.getByTestId("period-row").first());
  const leaderboard = await top(page.getByTestId("goal-leaderboard"));
  const history = await top(page.getByTestId("goal-history"));
  const facts = await top(page.getByTestId("goal-facts"));
  expect(standing).toBeLessThan(chart);
  expect(chart).toBeLessThan(periods);
  expect(periods).toBeLessThan(leaderboard);
  expect(leaderboard).toBeLessThan(history);
  expect(history).toBeLessThan(facts);
  // The standing starts on the first screen.
  expect(standing).toBeLessThan(PHONE.height / 2);

  // A period row fits the screen: its attainment and pace are in view, not off to the right.
  const row = page.getByTestId("period-row").first();
  const screen = await page.evaluate(() => document.documentElement.clientWidth);
  for (const part of [row.getByTestId("period-actual"), row.getByTestId("period-attainment"), row.locator("td").last()]) {
    const box = (await part.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(screen);
  }
  expect(await page.getByTestId("assignee-table").first().evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);

  // The chart's "Today" stays inside the plot, clear of the right-hand axis.
  const today = (await page.getByTestId("target-chart").locator("text", { hasText: /^Today$/ }).boundingBox())!;
  const axes = page.getByTestId("target-chart").locator(".recharts-yAxis");
  const rightAxis = (await axes.last().boundingBox())!;
  expect(today.x + today.width).toBeLessThanOrEqual(rightAxis.x + 1);

  expect(await smallTargets(page.locator("main"), CONTROLS), "goal page controls").toEqual([]);
  expect(await smallTargets(page.locator("main"), "[data-testid=period-row] a, [data-testid=plan-link]"), "goal page links").toEqual([]);
});

test("on a phone the target page's controls and period links are 44 px touch targets", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const target = (await visits()).find((v) => v.name === "target")!;
  await signIn(page, GRACE, target.path);
  await settle(page, target);
  expect(await smallTargets(page.locator("main"), `${CONTROLS}, [data-testid=timeline-period]`)).toEqual([]);
});

test("on a phone the goal list and the goal targets keep every control a 44 px touch target", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const pages = await visits();
  await signIn(page, GRACE, pages[0].path);
  for (const visit of pages.filter((v) => v.name === "goals" || v.name === "targets")) {
    if (new URL(page.url()).pathname + new URL(page.url()).search !== visit.path) await page.goto(visit.path);
    await settle(page, visit);
    // The folded filters too.
    await page.getByRole("button", { name: /^Filters/ }).click();
    await expect(page.getByRole("button", { name: /^Team/ })).toBeVisible();
    expect(await smallTargets(page.locator("main"), `${CONTROLS}, a[href]`), visit.name).toEqual([]);
  }
});

test("on a phone each leaderboard placing shows rank, who, pace, the ranked figure and the projection without scrolling sideways", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, GRACE, "/leaderboard");
  const rows = page.getByTestId("leaderboard-people").getByTestId("leader-row");
  await expect(rows.first()).toBeVisible();
  const offScreen = await rows.evaluateAll((trs, width) =>
    trs.flatMap((tr) =>
      [...tr.querySelectorAll("td, th")]
        .map((cell) => ({ cell, box: cell.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width))
        .map(({ cell }) => `${tr.getAttribute("data-name")}: "${(cell.textContent ?? "").trim().slice(0, 24)}"`),
    ),
    PHONE.width,
  );
  expect(offScreen).toEqual([]);
  // Labelled as the desktop's column headings are.
  const first = rows.first();
  for (const label of ["Attainment to date", "Projected attainment"]) {
    expect(await first.locator(`[data-label="${label}"]`).count(), label).toBe(1);
  }
  const wrapper = page.getByTestId("leaderboard-people").locator("..");
  expect(await wrapper.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

test("on a 1,280 px laptop the header is one row: brand, links, who is signed in (cut short, whole in its tooltip) and the controls", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, GRACE, "/help");
  const nav = page.getByRole("navigation", { name: "Main" });
  const middle = async (locator: Locator) => {
    const box = (await locator.boundingBox())!;
    return Math.round(box.y + box.height / 2);
  };
  const rows = new Set([
    await middle(nav.getByRole("link", { name: "Goalboard" })),
    await middle(nav.getByRole("link", { name: "Help" })),
    await middle(page.getByTestId("portal-name")),
    await middle(nav.getByRole("button", { name: "Sign out" })),
  ]);
  expect([...rows].every((y) => Math.abs(y - [...rows][0]) <= 2), `row middles ${[...rows].join(", ")}`).toBe(true);
  await expect(page.getByTestId("portal-name")).toBeVisible();
  await expect(nav.getByRole("paragraph")).toHaveAttribute("title", /grace\.holloway@northwind-traders\.example/);
});

test("on a phone the filters beside the search fold under one button that counts those in use; on a desktop they are all out", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, GRACE, "/goals?status=active,upcoming&type=sales_quota");
  const folded = page.getByRole("button", { name: /^Filters/ });
  // Two filters are in use (status and goal type; a filter's several values count once).
  await expect(folded).toHaveAccessibleName("Filters, 2 in use");
  await expect(folded).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: /^Team/ })).toBeHidden();
  await expect(page.getByLabel("Search by name")).toBeVisible();
  const firstCard = page.getByTestId("goal-card").first();
  await expect(firstCard).toBeVisible();
  const foldedTop = (await firstCard.boundingBox())!.y;

  await folded.click();
  await expect(folded).toHaveAttribute("aria-expanded", "true");
  for (const name of [/^Assignee/, /^Team/, /^Goal type/, /^Status/]) await expect(page.getByRole("button", { name })).toBeVisible();
  await expect(page.getByLabel("Period containing")).toBeVisible();
  await expect(page.getByLabel("Archived goals")).toBeVisible();
  expect((await firstCard.boundingBox())!.y).toBeGreaterThan(foldedTop + 100);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

  await page.setViewportSize(DESKTOP);
  await expect(folded).toBeHidden();
  await expect(page.getByRole("button", { name: /^Team/ })).toBeVisible();
  await expect(page.getByLabel("Period containing")).toBeVisible();
});

/**
 * Text an element cuts (wider or taller than its box, with overflow hidden or an ellipsis) with no
 * tooltip holding it whole, on it or a parent inside its cell. A cell whose content spills into the
 * next counts too. A sideways scroller is not cut: it scrolls, and fades where there is more.
 */
async function cutCells(table: Locator): Promise<string[]> {
  return table.locator("th, td, th *, td *").evaluateAll((els) =>
    els
      // Drawn, and more than the 1 px box of a screen-reader-only label.
      .filter((el) => el.getBoundingClientRect().width > 1)
      .filter((el) => {
        const style = getComputedStyle(el);
        if (/auto|scroll/.test(style.overflowX)) return false;
        const cell = el.matches("th, td");
        const wide = el.scrollWidth > el.clientWidth + 1 && (cell || style.overflowX !== "visible");
        const tall = el.scrollHeight > el.clientHeight + 1 && style.overflowY !== "visible";
        return wide || tall;
      })
      .filter((el) => !el.closest("[title]") || !el.closest("th, td")!.contains(el.closest("[title]")))
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`),
  );
}

test("at 1440 px the goal list cuts no cell and its filter bar sits on one line, every control level", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const goals = (await visits()).find((v) => v.name === "goals")!;
  await signIn(page, GRACE, goals.path);
  await settle(page, goals);
  const table = page.getByTestId("goal-table");
  await expect(table.getByTestId("goal-row").first()).toBeVisible();
  expect(await cutCells(table)).toEqual([]);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  // Missing progress is said in the attainment and the pace, not again in the progress.
  for (const text of await table.locator("tbody tr").allTextContents()) expect(text.split("No progress data").length).toBeLessThanOrEqual(3);
  // One scrollbar: the page scrolls the list (no box of its own), and the column headers stay in view.
  expect(await table.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(async () => Math.round((await table.locator("thead").boundingBox())!.y)).toBe(0);

  // One line: every control's bottom edge level with the search box's, the date input's too.
  const bar = page.getByRole("search");
  const bottom = async (locator: Locator) => {
    const box = (await locator.boundingBox())!;
    return Math.round(box.y + box.height);
  };
  const line = await bottom(bar.getByLabel("Search by name"));
  for (const control of [
    bar.getByRole("button", { name: "Assignee" }),
    bar.getByLabel("Period containing"),
    bar.getByLabel(/at risk below/i),
    bar.getByRole("button", { name: "Export CSV" }),
  ]) {
    expect(Math.abs((await bottom(control)) - line), await control.evaluate((el) => el.outerHTML.slice(0, 60))).toBeLessThanOrEqual(1);
  }
  const heights = await bar.locator("input:not([type=checkbox]), select, button").evaluateAll((els) =>
    // Drawn ones: the phone's folded Filters button is not, from md up.
    [...new Set(els.filter((el) => el.getClientRects().length > 0).map((el) => Math.round(el.getBoundingClientRect().height)))],
  );
  expect(heights).toHaveLength(1);
  // An empty date says what it is for, not a bare "mm/dd/yyyy".
  await expect(bar.getByText("Any day")).toBeVisible();
});

test("on a 1,280 px laptop the goal list shows every column, inside its border, without scrolling sideways and cutting no cell", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const goals = (await visits()).find((v) => v.name === "goals")!;
  await signIn(page, GRACE, goals.path);
  await settle(page, goals);
  const table = page.getByTestId("goal-table");
  await expect(table.getByTestId("goal-row").first()).toBeVisible();
  // The test id is on the bordered box that holds the table.
  const innerRight = await table.evaluate((el) => el.getBoundingClientRect().right - parseFloat(getComputedStyle(el).borderRightWidth));
  const headers = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => ({ text: th.textContent?.trim() ?? "", right: th.getBoundingClientRect().right })));
  expect(headers.at(-1)?.text).toMatch(/Pace \/ Outcome/i);
  for (const header of headers) expect(header.right, `${header.text} ends inside the list's border`).toBeLessThanOrEqual(innerRight + 0.5);
  expect(await cutCells(table)).toEqual([]);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});

test("at 1440 px a goal's assignee tables cut no cell, share their column widths, and dates sit under their header", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const goal = (await visits()).find((v) => v.name === "goal")!;
  await signIn(page, GRACE, goal.path);
  await settle(page, goal);
  await expect(page.getByTestId("assignee-periods-pending")).toHaveCount(0);
  const tables = page.getByTestId("assignee-table");
  expect(await tables.count()).toBeGreaterThan(1);

  const cut = await page.locator("[data-testid=assignee-table] :is(th, td)").evaluateAll((cells) =>
    cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
  );
  expect(cut).toEqual([]);

  const columns = (table: Locator) => table.locator("tbody tr").first().locator("th, td").evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  const first = await columns(tables.first());
  for (const table of await tables.all()) expect(await columns(table)).toEqual(first);

  // Period dates start where their left-aligned header does, not centred under it.
  const header = (await tables.first().locator("thead th").first().boundingBox())!;
  const date = (await tables.first().getByTestId("period-row").first().getByRole("link").boundingBox())!;
  expect(Math.abs(date.x - header.x)).toBeLessThan(16);
  // No page scrollbar sideways, and a missing actual is said once per row.
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  for (const text of await page.getByTestId("period-row").allTextContents()) expect(text.split("No progress data").length).toBeLessThanOrEqual(2);
});

test("the timeline's today line crosses neither the month labels nor its pill, and on a phone only the chart scrolls sideways", async ({ page }) => {
  const timeline = (await visits()).find((v) => v.name === "timeline")!;
  await page.setViewportSize(DESKTOP);
  await signIn(page, GRACE, timeline.path);
  await settle(page, timeline);
  const line = (await page.getByTestId("today-line").boundingBox())!;
  const axis = (await page.getByTestId("gantt-axis").boundingBox())!;
  expect(line.y).toBeGreaterThanOrEqual(axis.y + axis.height - 1);

  await page.setViewportSize(PHONE);
  await expect(page.getByTestId("gantt-goal-row").first()).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  const scroller = page.getByTestId("gantt-scroll");
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // Scrolled to its end, the goal names are still in view.
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const name = (await page.getByTestId("gantt-goal-row").first().locator("span[title]").boundingBox())!;
  const box = (await scroller.boundingBox())!;
  expect(name.x).toBeGreaterThanOrEqual(box.x - 1);
});

test("on a phone the plan page's controls are 44 px touch targets", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const plan = (await visits()).find((v) => v.name === "plan")!;
  await signIn(page, GRACE, plan.path);
  await settle(page, plan);
  expect(await smallTargets(page.locator("main"), CONTROLS)).toEqual([]);
});
