/** Who a HubSpot call is made for. Built by the route wrapper from the signed-in session. */
export interface PortalContext {
  portalId: number;
  scopes: readonly string[];
  requestId: string;
  /**
   * A token HubSpot should accept. With `rejected`, HubSpot just refused that token: renew it
   * (once per user, however many requests noticed at the same time).
   */
  accessToken(rejected?: string): Promise<string>;
}
