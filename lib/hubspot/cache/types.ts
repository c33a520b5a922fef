export interface Entry {
  value: unknown;
  storedAt: number;
}

/** What operations see: the same for the in-process cache and the one shared through Redis. */
export interface ResponseCache {
  get<T>(portalId: number, op: string, args: unknown, load: () => Promise<T>): Promise<T>;
  /** Whether a fresh or servable-stale answer is held, without calling upstream. */
  has(portalId: number, op: string, args?: unknown): Promise<boolean>;
  /** Drops every answer held for the portal: Goalboard itself just changed its data in HubSpot. */
  forgetPortal(portalId: number): Promise<void>;
}
