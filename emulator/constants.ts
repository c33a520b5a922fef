/**
 * Fixed identifiers of the demo world. Other code (e2e fixtures, the demo script, docs) imports these,
 * so they must never change between runs or seeds.
 */

export const DEMO_PORTAL_ID = 4000001;
export const SECOND_PORTAL_ID = 4000002;
export const EMPTY_PORTAL_ID = 4000003;

export const DEMO_CLIENT_ID = "goalboard-demo";
export const DEMO_CLIENT_SECRET = "goalboard-demo-secret";
/** HubSpot's developer app id for the demo OAuth client, reported by token introspection. */
export const DEMO_APP_ID = 3104471;

// Legacy private-app tokens carry the data-hosting region in their prefix; Contoso is an EU portal.
export const DEMO_PRIVATE_APP_TOKEN = "pat-na1-4d0e1b7a-2c9f-4e6b-9a31-5f8c0d2e7b41";
export const SECOND_PORTAL_PRIVATE_APP_TOKEN = "pat-eu1-7a5c3e90-1b2d-4f68-8e47-c90b1d3a6f52";

/** Every scope Goalboard could ask for; the private-app tokens hold all of them. */
export const ALL_SCOPES = [
  "oauth",
  "crm.objects.goals.read",
  "crm.objects.goals.write",
  "crm.objects.owners.read",
  "settings.users.read",
  "settings.users.teams.read",
] as const;
export const EMPTY_PORTAL_PRIVATE_APP_TOKEN = "pat-na1-0e3f6a12-8b4c-4d9e-b7a5-31c2d4e5f603";
