import { expect } from "@playwright/test";

/**
 * Every chunk the page's payload names must be among the scripts its HTML loads. React fetches any
 * other only once it meets the reference while hydrating, so hydration waits for that extra round
 * trip; the dashboard's error boundary was such a chunk on every page.
 */
export function expectEveryChunkLoaded(html: string, path: string): void {
  const chunk = /static\/chunks\/([^"'\\\s?]+?\.js)/;
  const loaded = new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => chunk.exec(m[1])?.[1]).filter((c): c is string => Boolean(c)));
  const named = new Set([...html.matchAll(new RegExp(chunk.source, "g"))].map((m) => m[1]));
  expect(loaded.size, path).toBeGreaterThan(3);
  expect([...named].filter((c) => !loaded.has(c)), path).toEqual([]);
}
