import type { Page } from "@playwright/test";
import { heapMiB, launchChromium, loadPage, signedInContext } from "../chromium";
import type { SectionContext } from "../context";
import { BARE_PAGE, GOAL_LIST, GOAL_LIST_CONTROLS, LIST_PAGES } from "../pages";
import { targets, type Row } from "../rows";
import { median } from "../stats";

/** A warm page that has not shown its answer by then counts as not shown. */
const WARM_TIMEOUT_MS = 120_000;

interface PageFigures {
  wholeMs: number[];
  /** Runs that did not show the whole answer within the timeout. */
  timedOut: number;
  heapMiB: number[];
  answerGzipKB: number[];
  answerRawKB: number[];
}

export interface BrowserFigures {
  targets: number;
  pages: Record<string, PageFigures>;
  bareMs: number[];
  filterMs: number[];
  sortMs: number[];
}

/**
 * From an input event on `target` until what `probe` (a JavaScript expression) reads on screen
 * changes and the next frame is drawn, timed inside the page so no round trip to the browser is
 * counted. Plain JavaScript in a string: the TypeScript loader would wrap named functions in a
 * helper the page does not have.
 */
function watchInput(eventType: string, target: string, probe: string): string {
  return `(() => {
    const probe = () => ${probe};
    const target = document.querySelector(${JSON.stringify(target)});
    const before = probe();
    if (!target || before === undefined || before === null) throw new Error("the goal list has no ${target.replace(/"/g, "'")} or nothing to compare");
    let started = 0;
    target.addEventListener(${JSON.stringify(eventType)}, () => { started = started || performance.now(); }, { capture: true, once: true });
    window.__benchInput = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the input changed nothing on screen within 30 s")), 30000);
      const observer = new MutationObserver(() => {
        if (started && probe() !== before) {
          clearTimeout(timer);
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - started, before }), 0));
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  })()`;
}

const COUNT_TEXT = `document.querySelector(${JSON.stringify(GOAL_LIST_CONTROLS.count)})?.textContent`;
const FIRST_ROW = `document.querySelector(${JSON.stringify(GOAL_LIST_CONTROLS.row)})?.getAttribute(${JSON.stringify(GOAL_LIST_CONTROLS.rowKey)})`;

async function filterOnce(page: Page): Promise<number> {
  await page.evaluate(watchInput("input", GOAL_LIST_CONTROLS.search, COUNT_TEXT));
  await page.fill(GOAL_LIST_CONTROLS.search, GOAL_LIST_CONTROLS.filterQuery);
  const { ms, before } = (await page.evaluate("window.__benchInput")) as { ms: number; before: string };
  await page.fill(GOAL_LIST_CONTROLS.search, "");
  await page.waitForFunction(({ count, text }) => document.querySelector(count)?.textContent === text, { count: GOAL_LIST_CONTROLS.count, text: before }, { timeout: 30_000 });
  return ms;
}

async function sortOnce(page: Page): Promise<number> {
  await page.evaluate(watchInput("click", GOAL_LIST_CONTROLS.sortButton, FIRST_ROW));
  await page.click(GOAL_LIST_CONTROLS.sortButton);
  const { ms } = (await page.evaluate("window.__benchInput")) as { ms: number };
  return ms;
}

/**
 * Section 6 figures for one portal in a real browser, server cache warm: each list page opened
 * until its whole answer shows (time, what it received, JavaScript heap afterwards), the bare page
 * the same way, and the goal list's search filter and sort.
 */
export async function browserFigures(ctx: SectionContext): Promise<BrowserFigures> {
  const portal = await ctx.admin.portal(ctx.portalId);
  const figures: BrowserFigures = { targets: portal.targets, pages: {}, bareMs: [], filterMs: [], sortMs: [] };
  const browser = await launchChromium();
  try {
    const context = await signedInContext(ctx, browser);
    // The first load fills the server's cache (on the large portal, after section 1 it is warm already).
    const first = await loadPage(context, ctx.stack.appUrl, GOAL_LIST, WARM_TIMEOUT_MS * 2);
    await first.page.close();
    for (let i = 0; i < ctx.config.browserRuns; i++) {
      for (const watched of LIST_PAGES) {
        const own = (figures.pages[watched.label] ??= { wholeMs: [], timedOut: 0, heapMiB: [], answerGzipKB: [], answerRawKB: [] });
        const load = await loadPage(context, ctx.stack.appUrl, watched, WARM_TIMEOUT_MS);
        if (load.wholeMs === null) own.timedOut += 1;
        else {
          own.wholeMs.push(load.wholeMs);
          own.answerGzipKB.push(load.answerGzipBytes / 1000);
          if (load.answerRawBytes !== null) own.answerRawKB.push(load.answerRawBytes / 1000);
          await load.page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
          own.heapMiB.push(await heapMiB(load.page));
          if (watched === GOAL_LIST) {
            figures.filterMs.push(await filterOnce(load.page));
            figures.sortMs.push(await sortOnce(load.page));
          }
        }
        await load.page.close();
      }
      const bare = await loadPage(context, ctx.stack.appUrl, BARE_PAGE, 30_000);
      if (bare.wholeMs !== null) figures.bareMs.push(bare.wholeMs);
      await bare.page.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Section 6 rows: the large portal against the bare page and against the demo portal, per list page. */
export function browserRows(large: BrowserFigures, demo: BrowserFigures): Row[] {
  const n = large.targets.toLocaleString("en-US");
  const d = demo.targets.toLocaleString("en-US");
  const m = (values: number[] | undefined) => (values?.length ? median(values) : null);
  const rows: Row[] = [];
  for (const { label } of LIST_PAGES) {
    const own = large.pages[label];
    const base = demo.pages[label];
    const runs = own ? `median of ${own.wholeMs.length}${own.timedOut ? `; ${own.timedOut} run(s) not whole within ${WARM_TIMEOUT_MS / 1000} s` : ""}` : "not measured";
    rows.push(
      {
        section: 6,
        measure: `${n}-target portal, warm: ${label} whole on screen`,
        value: m(own?.wholeMs),
        unit: "ms",
        baseline: { label: `${BARE_PAGE.label} (bare page) shown, same browser`, value: m(large.bareMs) },
        target: targets.atMostTimesBaseline(1.5),
        note: runs,
      },
      {
        section: 6,
        measure: `${n}-target portal: ${label} JS heap after load (after GC)`,
        value: m(own?.heapMiB),
        unit: "MiB",
        baseline: { label: `same page, demo portal (${d} targets)`, value: m(base?.heapMiB) },
        target: targets.atMostTimesBaseline(1.5),
      },
      {
        section: 6,
        measure: `${n}-target portal: ${label} first screen's answer (document + data requests, gzip)`,
        value: m(own?.answerGzipKB),
        unit: "KB",
        baseline: { label: `same page, demo portal (${d} targets)`, value: m(base?.answerGzipKB) },
        target: { text: "< 100 KB", relative: false, met: (v) => v < 100 },
        note: own?.answerRawKB.length
          ? `${m(own.answerRawKB)!.toLocaleString("en-US", { maximumFractionDigits: 0 })} KB before gzip`
          : own?.answerGzipKB.length
            ? "size before gzip unknown: the browser kept no body that large"
            : undefined,
      },
    );
  }
  rows.push(
    {
      section: 6,
      measure: `${n}-target portal: search filter "${GOAL_LIST_CONTROLS.filterQuery}", input to the next frame`,
      value: m(large.filterMs),
      unit: "ms",
      baseline: { label: `same on the demo portal (${d} targets)`, value: m(demo.filterMs) },
      target: targets.atMostTimesBaseline(2),
      note: `median of ${large.filterMs.length}`,
    },
    {
      section: 6,
      measure: `${n}-target portal: sort by goal name, click to the next frame`,
      value: m(large.sortMs),
      unit: "ms",
      baseline: { label: `same on the demo portal (${d} targets)`, value: m(demo.sortMs) },
      target: targets.atMostTimesBaseline(2),
      note: `median of ${large.sortMs.length}`,
    },
  );
  return rows;
}
