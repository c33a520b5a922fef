import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { SectionContext } from "../context";
import { splitCalls } from "../emulator-admin";
import { targets, type Row } from "../rows";
import { median } from "../stats";

export interface BrowserFigures {
  targets: number;
  /** Navigation start until the goal list shows every goal, server cache cold. */
  coldListMs: number[];
  /** Upstream calls of each cold load, page and API together, as a browser makes them. */
  coldCalls: number[];
  warmListMs: number[];
  barePageMs: number[];
  filterMs: number[];
  /** null: /timeline is not in this build. */
  timelineMarks: number | null;
}

const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const FILTER_QUERY = "revenue";
const SVG_MARKS = "main svg :is(rect, path, circle, ellipse, line, polyline, polygon)";

async function signedInContext(ctx: SectionContext, browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(ctx.session.cookies.map((c) => ({ ...c, url: ctx.stack.appUrl })));
  return context;
}

/** Milliseconds from navigation until `selector` is visible. */
async function timeUntilVisible(context: BrowserContext, url: string, selector: string): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(selector).first().waitFor({ state: "visible", timeout: 180_000 });
  return { ms: Date.now() - started, page };
}

/**
 * From the input event of the search box until the count line has changed and the next frame is
 * drawn, timed inside the page so no round trip to the browser is counted. Plain JavaScript in a
 * string: the TypeScript loader would wrap named functions in a helper the page does not have.
 */
const WATCH_FILTER = `(() => {
  const count = () => document.querySelector('[data-testid="goal-count"]')?.textContent;
  const input = document.querySelector("#goal-search");
  const before = count();
  if (!input || before === undefined) throw new Error("goal list has no search box or count");
  let started = 0;
  input.addEventListener("input", () => { started = started || performance.now(); }, { capture: true, once: true });
  window.__benchFilter = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the search filter changed nothing within 10 s")), 10000);
    const observer = new MutationObserver(() => {
      if (started && count() !== before) {
        clearTimeout(timer);
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - started, before }), 0));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
})()`;

async function filterOnce(page: Page, query: string): Promise<number> {
  // The list is in the server's HTML, so it shows before React has hydrated the search box; typing
  // into it earlier would reach no handler. Quiet network means the page's scripts have run.
  await page.waitForLoadState("networkidle");
  await page.evaluate(WATCH_FILTER);
  await page.fill("#goal-search", query);
  const { ms, before } = (await page.evaluate("window.__benchFilter")) as { ms: number; before: string };
  await page.fill("#goal-search", "");
  await page.waitForFunction(`document.querySelector('[data-testid="goal-count"]')?.textContent === ${JSON.stringify(before)}`, undefined, { timeout: 10_000 });
  return ms;
}

/** SVG shapes on the timeline once their number stops changing; null when the page does not exist. */
async function timelineMarks(context: BrowserContext, appUrl: string): Promise<number | null> {
  const page = await context.newPage();
  const res = await page.goto(`${appUrl}/timeline`, { waitUntil: "load" });
  if (!res || res.status() === 404) {
    await page.close();
    return null;
  }
  let last = -1;
  let stableFor = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && stableFor < 4) {
    await page.waitForTimeout(500);
    const now = await page.locator(SVG_MARKS).count();
    stableFor = now === last && now > 0 ? stableFor + 1 : 0;
    last = now;
  }
  await page.close();
  return last;
}

/**
 * Section 6 figures for one portal in a real browser. `restartForCold` gives the app a fresh
 * process (empty cache) before each cold run; without it cold runs are skipped.
 */
export async function browserFigures(ctx: SectionContext, options: { cold: boolean }): Promise<BrowserFigures> {
  const portal = await ctx.admin.portal(ctx.portalId);
  const figures: BrowserFigures = { targets: portal.targets, coldListMs: [], coldCalls: [], warmListMs: [], barePageMs: [], filterMs: [], timelineMarks: null };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: LAUNCH_ARGS });
  try {
    const context = await signedInContext(ctx, browser);
    const list = `${ctx.stack.appUrl}/goals`;
    const shown = '[data-testid="goal-count"]';
    for (let i = 0; i < ctx.config.browserRuns && options.cold; i++) {
      await ctx.stack.restartApp();
      await ctx.admin.resetCalls();
      const { ms, page } = await timeUntilVisible(context, list, shown);
      figures.coldListMs.push(ms);
      const calls = splitCalls(await ctx.admin.calls(ctx.portalId));
      figures.coldCalls.push(calls.targetList + calls.lookups);
      await page.close();
    }
    for (let i = 0; i < ctx.config.browserRuns; i++) {
      const warm = await timeUntilVisible(context, list, shown);
      figures.warmListMs.push(warm.ms);
      figures.filterMs.push(await filterOnce(warm.page, FILTER_QUERY));
      await warm.page.close();
      const bare = await timeUntilVisible(context, `${ctx.stack.appUrl}/help`, "main h1");
      figures.barePageMs.push(bare.ms);
      await bare.page.close();
    }
    figures.timelineMarks = await timelineMarks(context, ctx.stack.appUrl);
  } finally {
    await browser.close();
  }
  return figures;
}

/** Section 6 rows: the large portal against the bare page, the direct load and the demo portal. */
export function browserRows(large: BrowserFigures, demo: BrowserFigures, directPagingMs: number, minColdCalls: number): Row[] {
  const n = large.targets.toLocaleString("en-US");
  const m = (values: number[]) => (values.length ? median(values) : null);
  return [
    {
      section: 6,
      measure: `${n}-target portal: whole goal list shown, server cache cold`,
      value: m(large.coldListMs),
      unit: "ms",
      baseline: { label: "same search pages straight to the emulator at 5/s", value: directPagingMs },
      note: `median of ${large.coldListMs.length}`,
    },
    {
      section: 6,
      measure: `${n}-target portal: upstream calls of that cold load (page and API)`,
      value: large.coldCalls.length ? Math.max(...large.coldCalls) : null,
      unit: "calls",
      baseline: { label: "minimum, as in section 1", value: minColdCalls },
      target: targets.equalsBaseline("= minimum"),
      note: "the most of any run",
    },
    {
      section: 6,
      measure: `${n}-target portal: whole goal list shown, server cache warm`,
      value: m(large.warmListMs),
      unit: "ms",
      baseline: { label: "/help (bare page) shown", value: m(large.barePageMs) },
      note: `median of ${large.warmListMs.length}`,
    },
    {
      section: 6,
      measure: `${n}-target portal: search filter "${FILTER_QUERY}" applied and drawn`,
      value: m(large.filterMs),
      unit: "ms",
      baseline: { label: `same on the demo portal (${demo.targets} targets)`, value: m(demo.filterMs) },
      note: `median of ${large.filterMs.length}`,
    },
    {
      section: 6,
      measure: `${n}-target portal: SVG marks on /timeline`,
      value: large.timelineMarks,
      unit: "count",
      baseline: { label: "one mark per target", value: large.targets },
      note: large.timelineMarks === null ? "page not in this build" : `demo portal: ${demo.timelineMarks ?? "n/a"} marks`,
    },
  ];
}
