import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import type { SectionContext } from "./context";
import { LOADING, type WatchedPage } from "./pages";

const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...LAUNCH_ARGS, ...extraArgs] });
}

/** A 1366 × 900 window signed in as the bench user (the session cookie of the OAuth sign-in). */
export async function signedInContext(ctx: SectionContext, browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies(ctx.session.cookies.map((c) => ({ ...c, url: ctx.stack.appUrl })));
  return context;
}

/**
 * Milliseconds from navigation start (the page's clock) until every selector has a visible element
 * and, with `whole`, nothing is loading; checked every frame. null: not within the timeout. The
 * check is an anonymous function with no named helpers inside: the TypeScript loader wraps named
 * ones in a helper the page does not have (and the page's CSP forbids evaluating strings).
 */
export async function shownAt(page: Page, selectors: readonly string[], options: { whole: boolean; timeoutMs: number }): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      ({ selectors: all, loading }) =>
        all.every((s) => Array.from(document.querySelectorAll(s)).some((e) => e.checkVisibility())) &&
        !(loading && Array.from(document.querySelectorAll(loading)).some((e) => e.checkVisibility()))
          ? performance.now()
          : false,
      { selectors: [...selectors], loading: options.whole ? LOADING : null },
      { polling: "raf", timeout: options.timeoutMs },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") return null;
    throw error;
  }
}

export interface PageLoad {
  page: Page;
  /** Navigation start until the page showed its whole answer; null: not within the timeout. */
  wholeMs: number | null;
  /** Document and data answers (fetch/XHR, same origin) the page received until then, gzipped. */
  answerGzipBytes: number;
  /** The same before compression; null when the browser kept no body of one of them (it drops bodies of tens of MB). */
  answerRawBytes: number | null;
}

/**
 * One answer's size gzipped: as sent when the server compressed it (Next.js gzips what it
 * streams), otherwise gzipped here at the default level.
 */
async function answerSize(response: Response): Promise<{ gzip: number; raw: number | null }> {
  const body = await response.body().catch(() => null);
  const encoded = (await response.request().sizes()).responseBodySize;
  const compressed = /gzip|br|deflate|zstd/.test((await response.headerValue("content-encoding")) ?? "");
  return { gzip: compressed || !body ? encoded : gzipSync(body).length, raw: body?.length ?? null };
}

/**
 * Opens `watched` and waits until it shows its whole answer, recording what the browser received
 * for it on the way: the HTML document and the data requests, not scripts, styles or fonts (those
 * are the first-load JS figure's).
 */
export async function loadPage(context: BrowserContext, appUrl: string, watched: WatchedPage, timeoutMs: number): Promise<PageLoad> {
  const page = await context.newPage();
  const origin = new URL(appUrl).origin;
  const sizes: Promise<{ gzip: number; raw: number | null }>[] = [];
  let counting = true;
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (!counting || !["document", "fetch", "xhr"].includes(type) || new URL(response.url()).origin !== origin) return;
    sizes.push(answerSize(response));
  };
  page.on("response", onResponse);
  await page.goto(`${appUrl}${watched.path}`, { waitUntil: "commit" });
  const wholeMs = await shownAt(page, watched.shown, { whole: true, timeoutMs });
  counting = false;
  page.off("response", onResponse);
  const received = await Promise.all(sizes);
  return {
    page,
    wholeMs,
    answerGzipBytes: received.reduce((sum, r) => sum + r.gzip, 0),
    answerRawBytes: received.some((r) => r.raw === null) ? null : received.reduce((sum, r) => sum + (r.raw ?? 0), 0),
  };
}

/** JavaScript heap in use by the page after a full garbage collection, in MiB. */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}
