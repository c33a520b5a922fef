import "server-only";
import type { Account } from "@/lib/goals/model";
import { type DirectoryResult, getAccount, loadDirectory, type PortalContext } from "@/lib/hubspot";

/** The portal's time zone and currency, for the API's public operation. */
export function accountDetails(ctx: PortalContext): Promise<Account> {
  return getAccount(ctx);
}

/** Owners, users and teams of the portal, and the optional scopes it withheld. */
export async function portalDirectory(ctx: PortalContext): Promise<DirectoryResult & { portalId: number }> {
  return { portalId: ctx.portalId, ...(await loadDirectory(ctx)) };
}
