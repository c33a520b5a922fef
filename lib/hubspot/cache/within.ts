import "server-only";
import type { Entry, Held } from "./types";

const MAX_FAILURES = 1_000;

/**
 * The last failed renewal per cache key. Until it is `maxAgeMs` old, askers get the held answer
 * (or the same error) without another upstream attempt: an outage then costs one attempt per
 * interval, not one per screen that asks.
 */
export class RenewalFailures {
  private readonly failures = new Map<string, { at: number; error: unknown }>();

  recent(key: string, maxAgeMs: number): { error: unknown } | undefined {
    const failure = this.failures.get(key);
    return failure && Date.now() - failure.at < maxAgeMs ? failure : undefined;
  }

  record(key: string, error: unknown): void {
    if (this.failures.size >= MAX_FAILURES) this.failures.delete(this.failures.keys().next().value as string);
    this.failures.set(key, { at: Date.now(), error });
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  /** Forgets every failure whose key starts with `prefix` (a portal's keys). */
  clearPrefix(prefix: string): void {
    for (const key of [...this.failures.keys()]) if (key.startsWith(prefix)) this.failures.delete(key);
  }
}

/**
 * Serves `held` while it is at most `maxAgeMs` old; otherwise renews it once (the caller makes the
 * renewal shared between concurrent askers), falling back on `held` if that fails.
 */
export async function heldWithin<T>(
  key: string,
  maxAgeMs: number,
  held: Entry | undefined,
  renew: () => Promise<Entry>,
  failures: RenewalFailures,
): Promise<Held<T>> {
  const served = (entry: Entry, failure: unknown = null): Held<T> => ({ value: entry.value as T, storedAt: entry.storedAt, failure });
  if (held && Date.now() - held.storedAt <= maxAgeMs) return served(held);
  const failed = failures.recent(key, maxAgeMs);
  if (failed) {
    if (held) return served(held, failed.error);
    throw failed.error;
  }
  try {
    const entry = await renew();
    failures.clear(key);
    return served(entry);
  } catch (error) {
    failures.record(key, error);
    if (held) return served(held, error);
    throw error;
  }
}
