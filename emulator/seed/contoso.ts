import { SECOND_PORTAL_ID } from "../constants";
import type { PortalProfile } from "../model";
import type { AssigneeHelpers } from "./assignees";
import type { PersonSpec, TeamSpec } from "./directory";
import { roundTo, type FamilySpec } from "./family";
import { MEETINGS, REVENUE } from "./kinds";
import { addDays, months, quarters } from "./periods";
import type { Random } from "./random";

/** A second portal whose names all say "Contoso", so any cross-portal leak is visible at a glance. */
export const CONTOSO_PROFILE: PortalProfile = {
  portalId: SECOND_PORTAL_ID,
  name: "Contoso Europe (test)",
  timeZone: "Europe/Berlin",
  currency: "EUR",
  additionalCurrencies: ["GBP", "SEK"],
  accountType: "STANDARD",
  uiDomain: "app-eu1.hubspot.com",
  dataHostingLocation: "eu1",
  hubDomain: "contoso-europe-test.com",
  fiscalYearOffset: 3,
  dailyLimit: 250_000,
};

export const CONTOSO_DOMAIN = "contoso-europe.example";

export const CONTOSO_TEAMS: TeamSpec[] = [
  { key: "dach", name: "Contoso DACH" },
  { key: "nordics", name: "Contoso Nordics" },
];

export const CONTOSO_PEOPLE: PersonSpec[] = [
  { key: "katrin", firstName: "Katrin", lastName: "Vogel", team: "dach", secondaryTeams: ["nordics"], user: true, owner: true, superAdmin: true },
  { key: "lena", firstName: "Lena", lastName: "Schneider", team: "dach", user: true, owner: true },
  { key: "jonas", firstName: "Jonas", lastName: "Weber", team: "dach", user: true, owner: true },
  { key: "ingrid", firstName: "Ingrid", lastName: "Larsen", team: "nordics", user: true, owner: true },
  { key: "mikael", firstName: "Mikael", lastName: "Andersson", team: "nordics", user: true, owner: true },
];

/** Contoso's fiscal year starts in April (offset 3), so its annual quota straddles two calendar years. */
export function contosoFamilies(a: AssigneeHelpers, random: Random, now: Date): FamilySpec[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const fiscalStartYear = month >= CONTOSO_PROFILE.fiscalYearOffset ? year : year - 1;
  const quarter = Math.floor(month / 3);
  const common = {
    createdByUserId: a.userId("katrin"),
    currency: CONTOSO_PROFILE.currency,
    fiscalYearOffset: CONTOSO_PROFILE.fiscalYearOffset,
  };
  return [
    {
      ...common,
      name: `Contoso Revenue Quota FY${fiscalStartYear}/${String((fiscalStartYear + 1) % 100).padStart(2, "0")}`,
      kind: REVENUE,
      milestone: "monthly",
      periods: months(fiscalStartYear, CONTOSO_PROFILE.fiscalYearOffset, 12),
      endStyle: "inclusive",
      assignees: [
        a.byOwner("lena", "ahead"),
        a.byOwner("jonas", "behind"),
        a.byUser("ingrid", "onPace"),
        a.byUser("mikael", "none"),
      ],
      amount: () => roundTo(28_000 * random.between(0.85, 1.15), 1_000),
      createdAt: new Date(Date.UTC(fiscalStartYear, 2, 18, 9, 12, 44, 87)),
    },
    {
      ...common,
      name: "Contoso Quarterly Demos Booked",
      kind: MEETINGS,
      milestone: "quarterly",
      periods: quarters(year, quarter - 1, 3),
      endStyle: "exclusive",
      assignees: [a.byTeam("dach", "onPace"), a.byTeam("nordics", "ahead")],
      amount: () => roundTo(60 * random.between(0.8, 1.2), 5),
      createdAt: addDays(quarters(year, quarter - 1, 1)[0].start, -12),
    },
  ];
}
