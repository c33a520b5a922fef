import { json, type Reply } from "../http/reply";
import type { ApiContext, ApiRoute } from "../routing/context";

/** The portal's UTC offset at this moment, as HubSpot reports it ("-05:00" and milliseconds). */
export function utcOffset(timeZone: string, at: Date): { text: string; milliseconds: number } {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return { text: "+00:00", milliseconds: 0 };
  const sign = match[1] === "-" ? -1 : 1;
  return { text: `${match[1]}${match[2]}:${match[3]}`, milliseconds: sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000 };
}

async function accountDetails(ctx: ApiContext): Promise<Reply> {
  const profile = ctx.portal.profile;
  const offset = utcOffset(profile.timeZone, new Date());
  return json(200, {
    portalId: profile.portalId,
    accountType: profile.accountType,
    timeZone: profile.timeZone,
    companyCurrency: profile.currency,
    additionalCurrencies: profile.additionalCurrencies,
    utcOffset: offset.text,
    utcOffsetMilliseconds: offset.milliseconds,
    uiDomain: profile.uiDomain,
    dataHostingLocation: profile.dataHostingLocation,
  });
}

// Any valid token may read its own account details, so no scope is required.
export const accountRoutes: ApiRoute[] = [
  { auth: "bearer", method: "GET", pattern: /^\/account-info\/(?:v3|2026-03)\/details$/, operation: "account.details", limit: "standard", handle: accountDetails },
];
