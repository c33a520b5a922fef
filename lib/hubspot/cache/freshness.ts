import type { Entry, LoadTiming } from "./types";

/**
 * An answer stays fresh this many times as long as it took to load. At HubSpot's 5 searches a
 * second a 100,000-target portal takes about 100 s to read (500 pages): with the cache's 30 s it
 * was read again as soon as anyone looked 30 s after it arrived, so the server paged HubSpot
 * nearly all the time and every other search of the portal queued behind it. Four times its load
 * keeps the background reading of any answer to at most a fifth of the time.
 */
export const LOAD_MULTIPLE = 4;

/** However slow the load, changes made in HubSpot show within this (plus one load). */
export const LONGEST_FRESH_MS = 15 * 60_000;

/**
 * Loads quicker than this keep the cache's own freshness: only a slow load earns more, and a quick
 * one's freshness does not move with the jitter of its few milliseconds.
 */
export const SLOW_LOAD_MS = 1_000;

/** Freshness for an answer that took `loadMs` to load: the cache's own, or longer for a slow load. */
export function freshnessFor(ttlMs: number, loadMs: number): number {
  if (loadMs < SLOW_LOAD_MS) return ttlMs;
  return Math.max(ttlMs, Math.min(LONGEST_FRESH_MS, LOAD_MULTIPLE * loadMs));
}

/**
 * The freshness `entry` needs to stay fresh as long as an answer loaded as `along` (at most
 * LONGEST_FRESH_MS after `entry` was loaded), or undefined when its own lasts as long already.
 * Only a slow load lends freshness: along a quick one, `entry` keeps the cache's own.
 */
export function freshnessAlong(entry: Entry, ownFreshMs: number, ttlMs: number, along: LoadTiming): number | undefined {
  if (along.loadMs < SLOW_LOAD_MS) return undefined;
  const freshMs = Math.min(LONGEST_FRESH_MS, along.loadedAt + freshnessFor(ttlMs, along.loadMs) - entry.storedAt);
  return freshMs > ownFreshMs ? freshMs : undefined;
}

/** How long `entry` is fresh; entries stored without it (an older version's, in Redis) get the cache's own. */
export function freshMsOf(entry: Entry | undefined, ttlMs: number): number {
  return entry?.freshMs ?? ttlMs;
}

/** Runs `load` and wraps its answer as an entry fresh for as long as the load deserves. */
export async function timedEntry(ttlMs: number, load: () => Promise<unknown>): Promise<Entry> {
  const started = Date.now();
  const value = await load();
  const storedAt = Date.now();
  return { value, storedAt, freshMs: freshnessFor(ttlMs, storedAt - started) };
}
