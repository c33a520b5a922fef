import "server-only";
import type { Account } from "@/lib/goals/model";
import { portalCache } from "../cache";
import type { Held, LoadTiming } from "../cache/types";
import { type PortalContext, sharedLane } from "../context";
import { callHubSpot } from "../http/call";
import { accountDetails } from "../http/schemas";

/** Time zone and currency of the portal: every date and amount is shown in these. */
export function getAccount(ctx: PortalContext): Promise<Account> {
  return portalCache().get(ctx.portalId, "account", "", () => fetchAccount(ctx));
}

/** The same, at most `maxAgeMs` old (see ResponseCache.getWithin). */
export function getAccountWithin(ctx: PortalContext, maxAgeMs: number): Promise<Held<Account>> {
  return portalCache().getWithin(ctx.portalId, "account", "", maxAgeMs, () => fetchAccount(ctx));
}

/** Keeps the account held fresh as long as an answer loaded as `along` (see ResponseCache.freshAlong). */
export function keepAccountFresh(ctx: PortalContext, along: LoadTiming): Promise<void> {
  return portalCache().freshAlong(ctx.portalId, "account", "", along);
}

async function fetchAccount(ctx: PortalContext): Promise<Account> {
  const a = await callHubSpot(sharedLane(ctx), {
    op: "account.details",
    method: "GET",
    path: "/account-info/v3/details",
    kind: "standard",
    schema: accountDetails,
    scope: "oauth",
  });
  return { portalId: a.portalId, timeZone: a.timeZone, currency: a.companyCurrency, utcOffset: a.utcOffset, uiDomain: a.uiDomain ?? null };
}
