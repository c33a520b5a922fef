import type { Page } from "@playwright/test";
import { launchChromium } from "../chromium";
import type { SectionContext } from "../context";
import { treeRssMiB } from "../rss";
import { targets, type Row } from "../rows";

const REFRESH_SECONDS = 60;
const ROTATE_SECONDS = 20;
/** Simulated minutes before the first measurement, so caches, chunks and first renders are in. */
const WARM_UP_MINUTES = 5;

export interface WallboardFigures {
  simulatedMinutes: number;
  refreshes: number;
  heapMiB: { start: number; end: number };
  serverRssMiB: { start: number; end: number };
}

/** The page's live JS heap after a full garbage collection, in MiB. */
async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * One simulated minute: the refresh it brings (and three slide changes), waited for until the page
 * shows its data. Every refresh loads anew (cache off), so the wall's "fetched at" changes each time;
 * a refresh still in flight would make the next minute's refresh a no-op.
 */
async function minute(page: Page): Promise<void> {
  const wall = page.getByTestId("wall");
  const before = await wall.getAttribute("data-fetched-at");
  const answered = page.waitForResponse((res) => res.url().includes("/api/wall?"), { timeout: 60_000 });
  await page.clock.runFor(REFRESH_SECONDS * 1000);
  const res = await answered;
  if (!res.ok()) throw new Error(`the wallboard's refresh answered ${res.status()}`);
  await page.waitForFunction((previous) => document.querySelector("[data-testid=wall]")?.getAttribute("data-fetched-at") !== previous, before, { timeout: 60_000 });
}

/**
 * The wallboard left on for an hour of simulated time (Playwright's clock drives the page's
 * timers; every refresh is a real request). The app runs with its answer cache off, so each of
 * them loads every target from the emulator again: the worst case for server memory. The browser's
 * heap (after a forced garbage collection) and the server's RSS at the end stand against the same
 * figures taken after a warm-up.
 */
export async function wallboard(ctx: SectionContext): Promise<{ rows: Row[]; raw: WallboardFigures }> {
  const minutes = ctx.config.smoke ? 10 : 60;
  const { ids, types } = await ctx.admin.runningGoals(ctx.portalId);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addCookies(ctx.session.cookies.map((c) => ({ ...c, url: ctx.stack.appUrl })));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${ctx.stack.appUrl}/wall?goals=${ids.join(",")}&boards=${types.join(",")}&every=${ROTATE_SECONDS}&refresh=${REFRESH_SECONDS}`);
    await page.getByTestId("wall-row").first().waitFor({ state: "visible", timeout: 60_000 });
    for (let i = 0; i < WARM_UP_MINUTES; i++) await minute(page);
    const start = { heap: await heapMiB(page), rss: treeRssMiB(ctx.stack.appPid) };
    for (let i = 0; i < minutes; i++) await minute(page);
    const end = { heap: await heapMiB(page), rss: treeRssMiB(ctx.stack.appPid) };
    const raw: WallboardFigures = {
      simulatedMinutes: minutes,
      refreshes: WARM_UP_MINUTES + minutes,
      heapMiB: { start: start.heap, end: end.heap },
      serverRssMiB: { start: start.rss, end: end.rss },
    };
    const span = minutes === 60 ? "a simulated hour" : `${minutes} simulated minutes`;
    const note = `${minutes} simulated minutes, a refresh each (every one a full load from the emulator), a slide every ${ROTATE_SECONDS} s; ${ids.length} goals and ${types.length} leaderboards`;
    return {
      raw,
      rows: [
        { section: 8, measure: `Wallboard: browser JS heap after ${span}`, value: end.heap, unit: "MiB", baseline: { label: "after warm-up", value: start.heap }, target: targets.atMostTimesBaseline(1.1), note },
        { section: 8, measure: `Wallboard: server RSS after ${span}`, value: end.rss, unit: "MiB", baseline: { label: "after warm-up", value: start.rss }, target: targets.atMostTimesBaseline(1.1) },
      ],
    };
  } finally {
    await browser.close();
  }
}
