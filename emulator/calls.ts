/** Per-portal request counters that tests read to prove caching, batching and retry behaviour. */
export interface PortalCalls {
  total: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
}

export class CallCounter {
  private total = 0;
  private byPortal: Record<string, PortalCalls> = {};

  record(portal: number | "unknown", route: string, status: number | string): void {
    const key = String(portal);
    const entry = (this.byPortal[key] ??= { total: 0, byRoute: {}, byStatus: {} });
    this.total += 1;
    entry.total += 1;
    entry.byRoute[route] = (entry.byRoute[route] ?? 0) + 1;
    entry.byStatus[String(status)] = (entry.byStatus[String(status)] ?? 0) + 1;
  }

  snapshot(): { total: number; byPortal: Record<string, PortalCalls> } {
    return structuredClone({ total: this.total, byPortal: this.byPortal });
  }

  reset(): void {
    this.total = 0;
    this.byPortal = {};
  }
}
