/** Per-portal request counters that tests read to prove caching, batching and retry behaviour. */
export interface PortalCalls {
  total: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  /** By the API version in the path (`v1`, `v3`, `2026-03`), for paths that carry one. */
  byVersion: Record<string, number>;
}

/** `/oauth/v1/token` → v1, `/crm/objects/2026-03/…` → 2026-03, `/oauth/authorize` → none. */
export function apiVersionOf(path: string): string | undefined {
  return /\/(v\d+|\d{4}-\d{2})(?=\/|$)/.exec(path)?.[1];
}

export class CallCounter {
  private total = 0;
  private byPortal: Record<string, PortalCalls> = {};

  record(portal: number | "unknown", route: string, status: number | string, path = ""): void {
    const key = String(portal);
    const entry = (this.byPortal[key] ??= { total: 0, byRoute: {}, byStatus: {}, byVersion: {} });
    this.total += 1;
    entry.total += 1;
    entry.byRoute[route] = (entry.byRoute[route] ?? 0) + 1;
    entry.byStatus[String(status)] = (entry.byStatus[String(status)] ?? 0) + 1;
    const version = apiVersionOf(path);
    if (version) entry.byVersion[version] = (entry.byVersion[version] ?? 0) + 1;
  }

  snapshot(): { total: number; byPortal: Record<string, PortalCalls> } {
    return structuredClone({ total: this.total, byPortal: this.byPortal });
  }

  reset(): void {
    this.total = 0;
    this.byPortal = {};
  }
}
