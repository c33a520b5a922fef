/**
 * Scopes Goalboard asks HubSpot for. Goals are the product; owners, users and teams only turn ids
 * into names, so they are optional: a portal admin may decline them and Goalboard falls back to ids.
 * Writing goal targets (quota planning) is optional too: without it plans are read-only.
 */
export const REQUIRED_SCOPES = ["oauth", "crm.objects.goals.read"] as const;
export const OPTIONAL_SCOPES = [
  "crm.objects.owners.read",
  "settings.users.read",
  "settings.users.teams.read",
  "crm.objects.goals.write",
] as const;

export type Scope = (typeof REQUIRED_SCOPES)[number] | (typeof OPTIONAL_SCOPES)[number];
