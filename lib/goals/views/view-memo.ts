import type { PortalModel } from "./portal";

/** Filtered, sorted lists held per model: enough for a few people scrolling a few views each. */
const PER_MODEL = 16;

const held = new WeakMap<PortalModel, Map<string, unknown>>();

/**
 * A view's filtered and sorted list, remembered on the model it came from, so every window a
 * browser scrolls to (and the CSV export) reuses it instead of filtering and sorting the whole
 * portal again. It goes with the model when the held data is replaced.
 */
export function remember<T>(model: PortalModel, kind: string, key: string, compute: () => T): T {
  let lists = held.get(model);
  if (!lists) held.set(model, (lists = new Map()));
  const full = `${kind}|${key}`;
  if (lists.has(full)) {
    const value = lists.get(full) as T;
    // Most recently used last, so the oldest goes first.
    lists.delete(full);
    lists.set(full, value);
    return value;
  }
  const value = compute();
  lists.set(full, value);
  if (lists.size > PER_MODEL) lists.delete(lists.keys().next().value!);
  return value;
}
