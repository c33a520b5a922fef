import "server-only";
import { AppError } from "@/lib/contracts/errors";
import type { PortalContext } from "@/lib/hubspot";

/** A sign-in that has ended (signed out, or its refresh token refused). */
export const isSessionExpired = (error: unknown) => error instanceof AppError && error.code === "SESSION_EXPIRED";

/**
 * The sign-ins a running portal load may call HubSpot with: the user who started it, then every
 * user of the portal who asked for it while it ran. When the one in use is signed out or HubSpot
 * no longer accepts it, the load goes on with the next one instead of failing for everyone; only
 * when none is left does it fail, as SESSION_EXPIRED.
 */
export class LoadTokens {
  private readonly holders: PortalContext[];
  /** Which holder gave each token, so a refusal renews the right grant. */
  private readonly givenBy = new Map<string, PortalContext>();

  constructor(starter: PortalContext) {
    this.holders = [starter];
  }

  /** Another user (or another request of one) waits for the load: its sign-in may carry it on. */
  add(ctx: PortalContext): void {
    const at = this.holders.findIndex((holder) => holder.userKey === ctx.userKey);
    if (at >= 0) this.holders[at] = ctx;
    else this.holders.push(ctx);
  }

  /** The load's PortalContext.accessToken. */
  async accessToken(rejected?: string): Promise<string> {
    while (this.holders.length > 0) {
      const holder = this.holders[0];
      try {
        const token = await holder.accessToken(rejected !== undefined && this.givenBy.get(rejected) === holder ? rejected : undefined);
        this.givenBy.set(token, holder);
        return token;
      } catch (error) {
        if (!isSessionExpired(error)) throw error;
        if (this.holders[0] === holder) this.holders.shift();
      }
    }
    throw new AppError("SESSION_EXPIRED", "Every sign-in this load could use has ended. Please sign in again.");
  }
}
