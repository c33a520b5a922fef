import { processSingleton } from "@/lib/process-singleton";

/**
 * HubSpot's recent "no such record" answers, per portal, so that asking again for a missing goal
 * or target costs no HubSpot call for a short while (NOT_FOUND_TTL_SECONDS). Kept in process
 * memory (the proxy reads it too, to answer a page for a missing record with a 404 before any
 * rendering). Pure: no server-only imports.
 */
export type MissingKind = "target" | "goal";

const MAX_ENTRIES = 10_000;

class NotFoundMemo {
  private readonly entries = new Map<string, number>();

  remember(portalId: number, kind: MissingKind, id: string, ttlMs: number): void {
    if (ttlMs <= 0) return;
    const key = `${portalId}|${kind}|${id.toLowerCase()}`;
    this.entries.delete(key);
    this.entries.set(key, Date.now() + ttlMs);
    // Oldest first: a flood of made-up ids pushes out the oldest, never grows without bound.
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }

  has(portalId: number, kind: MissingKind, id: string): boolean {
    const key = `${portalId}|${kind}|${id.toLowerCase()}`;
    const until = this.entries.get(key);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.entries.delete(key);
    return false;
  }
}

export function notFoundMemo(): NotFoundMemo {
  return processSingleton("not-found-memo", () => new NotFoundMemo());
}

/** Whether HubSpot just said this portal has no such goal (a family uuid, or a lone target's id). */
export function goalRememberedMissing(portalId: number, goalId: string): boolean {
  return notFoundMemo().has(portalId, /^\d+$/.test(goalId) ? "target" : "goal", goalId);
}
