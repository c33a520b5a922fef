import "server-only";
import type { Directory } from "@/lib/goals/model";
import { portalCache } from "../cache";
import type { Held, LoadTiming } from "../cache/types";
import { type PortalContext, sharedLane } from "../context";
import { callHubSpot } from "../http/call";
import { ownersPage, teamsList, usersPage } from "../http/schemas";
import { hasScope, isMissingScope, OWNERS_READ, TEAMS_READ, USERS_READ } from "./scopes";

export interface DirectoryResult {
  directory: Directory;
  /** Optional scopes the portal did not grant: names fall back to ids where these were needed. */
  missingScopes: string[];
}

const fullName = (first?: string | null, last?: string | null, email?: string | null, id?: string) =>
  [first, last].filter(Boolean).join(" ") || email || `#${id}`;

async function pages<T extends { results: unknown[]; paging?: { next?: { after: string } } }>(
  fetchPage: (after?: string) => Promise<T>,
): Promise<T["results"]> {
  const out: T["results"] = [];
  let after: string | undefined;
  do {
    const page = await fetchPage(after);
    out.push(...page.results);
    after = page.paging?.next?.after;
  } while (after);
  return out;
}

/** Runs an optional look-up; a scope the portal withheld yields nothing instead of an error. */
async function optional<T>(ctx: PortalContext, scope: string, missing: string[], run: () => Promise<T[]>): Promise<T[]> {
  if (!hasScope(ctx, scope)) {
    missing.push(scope);
    return [];
  }
  try {
    return await run();
  } catch (error) {
    if (!isMissingScope(error)) throw error;
    missing.push(scope);
    return [];
  }
}

async function fetchDirectory(ctx: PortalContext): Promise<DirectoryResult> {
  const missingScopes: string[] = [];
  const query = (after?: string) => {
    const q = new URLSearchParams({ limit: "100" });
    if (after) q.set("after", after);
    return q;
  };
  const [owners, users, teams] = await Promise.all([
    optional(ctx, OWNERS_READ, missingScopes, () =>
      pages((after) =>
        callHubSpot(ctx, { op: "owners.list", method: "GET", path: "/crm/v3/owners", query: query(after), kind: "standard", schema: ownersPage, scope: OWNERS_READ }),
      ),
    ),
    optional(ctx, USERS_READ, missingScopes, () =>
      pages((after) =>
        callHubSpot(ctx, { op: "users.list", method: "GET", path: "/settings/v3/users", query: query(after), kind: "standard", schema: usersPage, scope: USERS_READ }),
      ),
    ),
    optional(ctx, TEAMS_READ, missingScopes, async () =>
      (await callHubSpot(ctx, { op: "teams.list", method: "GET", path: "/settings/v3/users/teams", kind: "standard", schema: teamsList, scope: TEAMS_READ })).results,
    ),
  ]);
  return {
    missingScopes,
    directory: {
      owners: owners.map((o) => ({
        id: o.id,
        userId: o.userId == null ? null : String(o.userId),
        email: o.email ?? null,
        name: fullName(o.firstName, o.lastName, o.email, o.id),
        teamIds: (o.teams ?? []).map((t) => t.id),
        archived: o.archived,
      })),
      users: users.map((u) => ({
        id: u.id,
        email: u.email ?? null,
        name: fullName(u.firstName, u.lastName, u.email, u.id),
        primaryTeamId: u.primaryTeamId ?? null,
        secondaryTeamIds: u.secondaryTeamIds ?? [],
      })),
      teams: teams.map((t) => ({ id: t.id, name: t.name, userIds: [...t.userIds, ...t.secondaryUserIds] })),
    },
  };
}

// Keyed by the grant too: a user without a scope must not receive names fetched with it.
const grantedOf = (ctx: PortalContext) => [OWNERS_READ, USERS_READ, TEAMS_READ].filter((s) => hasScope(ctx, s));

/** Owners, users and teams of the portal, for turning assignee ids into names. */
export function loadDirectory(ctx: PortalContext): Promise<DirectoryResult> {
  return portalCache().get(ctx.portalId, "directory", grantedOf(ctx), () => fetchDirectory(sharedLane(ctx)));
}

/** The same, at most `maxAgeMs` old (see ResponseCache.getWithin). */
export function loadDirectoryWithin(ctx: PortalContext, maxAgeMs: number): Promise<Held<DirectoryResult>> {
  return portalCache().getWithin(ctx.portalId, "directory", grantedOf(ctx), maxAgeMs, () => fetchDirectory(sharedLane(ctx)));
}

/** Keeps the names held fresh as long as an answer loaded as `along` (see ResponseCache.freshAlong). */
export function keepDirectoryFresh(ctx: PortalContext, along: LoadTiming): Promise<void> {
  return portalCache().freshAlong(ctx.portalId, "directory", grantedOf(ctx), along);
}
