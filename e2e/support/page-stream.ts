import type { BrowserContext } from "@playwright/test";
import { E2E } from "../ports";

export interface StreamedPage {
  status: number;
  /** What the server sent in its first chunk: the page as it stands before anything is streamed in. */
  firstChunk: string;
  html: string;
  firstByteMs: number;
  totalMs: number;
}

/** The browser context's cookies as a Cookie header, to fetch pages outside the browser. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Fetches a page as the server streams it, noting what came first and when. */
export async function streamPage(path: string, cookie: string): Promise<StreamedPage> {
  const started = Date.now();
  const res = await fetch(`${E2E.appUrl}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let firstChunk = "";
  let firstByteMs = -1;
  let html = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    if (firstByteMs < 0) {
      firstByteMs = Date.now() - started;
      firstChunk = text;
    }
    html += text;
  }
  return { status: res.status, firstChunk, html, firstByteMs, totalMs: Date.now() - started };
}
