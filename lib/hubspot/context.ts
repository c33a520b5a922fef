/** Who a HubSpot call is made for. Built by the route wrapper from the signed-in session. */
export interface PortalContext {
  portalId: number;
  /** The signed-in user (HubSpot user id): the unit of the per-user share of the portal's budget. */
  userKey: string;
  scopes: readonly string[];
  requestId: string;
  /** Epoch ms by which everything done for this request must be over, retries included. */
  deadline: number;
  /**
   * A token HubSpot should accept. With `rejected`, HubSpot just refused that token: renew it
   * (once per user, however many requests noticed at the same time).
   */
  accessToken(rejected?: string): Promise<string>;
}

/**
 * The same caller for work that outlives the request that started it (paging through a large
 * portal while the browser polls): each HubSpot call made with it gets `ms` from its own start.
 */
export function perCallDeadline(ctx: PortalContext, ms: number): PortalContext {
  return {
    ...ctx,
    get deadline() {
      return Date.now() + ms;
    },
  };
}

/**
 * The same caller, for loads every user of the portal shares (account details, the directory, the
 * archived index, the whole portal's targets): they are cached and coalesced per portal, so they
 * run in a lane of their own rather than behind the requesting user's own queue in their share.
 */
export function sharedLane(ctx: PortalContext): PortalContext {
  return Object.create(ctx, { userKey: { value: "(portal)" } }) as PortalContext;
}
