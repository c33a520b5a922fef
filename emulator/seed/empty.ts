import { EMPTY_PORTAL_ID } from "../constants";
import type { PortalProfile } from "../model";
import type { PersonSpec } from "./directory";

/** A portal with one user and no goals: for empty states. */
export const EMPTY_PROFILE: PortalProfile = {
  portalId: EMPTY_PORTAL_ID,
  name: "Empty Portal (test)",
  timeZone: "UTC",
  currency: "USD",
  additionalCurrencies: [],
  accountType: "DEVELOPER_TEST",
  uiDomain: "app.hubspot.com",
  dataHostingLocation: "na1",
  hubDomain: "empty-portal-test.com",
  fiscalYearOffset: 0,
  dailyLimit: 250_000,
};

export const EMPTY_DOMAIN = "empty-portal.example";

export const EMPTY_PEOPLE: PersonSpec[] = [
  { key: "taylor", firstName: "Taylor", lastName: "Reed", user: true, owner: true, superAdmin: true },
];
