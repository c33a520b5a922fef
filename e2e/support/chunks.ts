import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Every chunk the page's payload names must be among the scripts its HTML loads, but one: React
 * fetches any other only once it meets the reference while hydrating, so hydration waits for that
 * extra round trip. The one is the dashboard's error boundary (app/(dashboard)/error.tsx), which
 * Next.js always loads that way; it delays hydration, never the first paint.
 */
export async function expectEveryChunkLoaded(request: APIRequestContext, appUrl: string, html: string, path: string): Promise<void> {
  const chunk = /static\/chunks\/([^"'\\\s?]+?\.js)/;
  const loaded = new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => chunk.exec(m[1])?.[1]).filter((c): c is string => Boolean(c)));
  const named = new Set([...html.matchAll(new RegExp(chunk.source, "g"))].map((m) => m[1]));
  expect(loaded.size, path).toBeGreaterThan(3);
  const late: string[] = [];
  for (const name of [...named].filter((c) => !loaded.has(c))) {
    const code = await (await request.get(`${appUrl}/_next/static/chunks/${name}`)).text();
    if (!code.includes("state-page-error")) late.push(name);
  }
  expect(late, path).toEqual([]);
}
