import { DEMO_PORTAL_ID } from "../constants";
import type { PortalProfile } from "../model";
import type { PersonSpec, TeamSpec } from "./directory";

/** The demo portal: the one Goalboard is shown with. */
export const NORTHWIND_PROFILE: PortalProfile = {
  portalId: DEMO_PORTAL_ID,
  name: "Northwind Traders (demo)",
  timeZone: "America/New_York",
  currency: "USD",
  additionalCurrencies: ["CAD", "EUR"],
  accountType: "STANDARD",
  uiDomain: "app.hubspot.com",
  dataHostingLocation: "na1",
  hubDomain: "northwind-traders-demo.com",
  fiscalYearOffset: 0,
  dailyLimit: 625_000,
};

export const NORTHWIND_DOMAIN = "northwind-traders.example";

export const NORTHWIND_TEAMS: TeamSpec[] = [
  { key: "east", name: "East Sales" },
  { key: "west", name: "West Sales" },
  { key: "support", name: "Customer Support" },
];

const rep = (key: string, firstName: string, lastName: string, team: string): PersonSpec => ({
  key,
  firstName,
  lastName,
  team,
  user: true,
  owner: true,
});

// Names include an apostrophe and a diaeresis on purpose: they catch escaping and encoding bugs.
export const NORTHWIND_PEOPLE: PersonSpec[] = [
  {
    key: "grace",
    firstName: "Grace",
    lastName: "Holloway",
    team: "east",
    secondaryTeams: ["west", "support"],
    user: true,
    owner: true,
    superAdmin: true,
  },
  rep("ava", "Ava", "Thompson", "east"),
  rep("liam", "Liam", "Carter", "east"),
  rep("sofia", "Sofia", "Martinez", "east"),
  rep("noah", "Noah", "Patel", "east"),
  rep("emma", "Emma", "Nguyen", "west"),
  rep("lucas", "Lucas", "Rivera", "west"),
  rep("mia", "Mia", "Johnson", "west"),
  rep("ethan", "Ethan", "Brooks", "west"),
  rep("olivia", "Olivia", "Chen", "support"),
  rep("james", "James", "O'Connor", "support"),
  rep("priya", "Priya", "Raman", "support"),
  rep("daniel", "Daniel", "Kim", "support"),
  { key: "henry", firstName: "Henry", lastName: "Walsh", user: true, owner: false, superAdmin: true },
  { key: "zoe", firstName: "Zoë", lastName: "Fischer", team: "west", user: true, owner: false },
  { key: "ryan", firstName: "Ryan", lastName: "Mitchell", team: "east", user: false, owner: true, departed: true },
];
