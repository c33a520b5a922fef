/**
 * Chunks the page's payload names but its HTML does not load. React fetches such a chunk only once
 * it meets the reference while hydrating, so hydration waits for that extra round trip.
 */
export function chunksNotLoaded(html: string): { loaded: string[]; missing: string[] } {
  const chunk = /static\/chunks\/([^"'\\\s?]+?\.js)/;
  const loaded = new Set([...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => chunk.exec(m[1])?.[1]).filter((c): c is string => Boolean(c)));
  const named = new Set([...html.matchAll(new RegExp(chunk.source, "g"))].map((m) => m[1]));
  return { loaded: [...loaded], missing: [...named].filter((c) => !loaded.has(c)) };
}
