import type { Directory, OwnerRecord, TeamRecord, UserRecord } from "../model";
import type { IdFactory } from "./ids";
import type { Random } from "./random";

export interface TeamSpec {
  key: string;
  name: string;
}

export interface PersonSpec {
  key: string;
  firstName: string;
  lastName: string;
  team?: string;
  secondaryTeams?: string[];
  /** Has a HubSpot user (can sign in). */
  user: boolean;
  /** Has a CRM owner record (can own records). */
  owner: boolean;
  superAdmin?: boolean;
  /** Left the company: the owner is archived and the user is gone. */
  departed?: boolean;
}

export interface SeededPerson {
  spec: PersonSpec;
  email: string;
  userId: string | null;
  ownerId: string | null;
}

export interface SeededDirectory {
  directory: Directory;
  people: Map<string, SeededPerson>;
  teamIds: Map<string, string>;
}

const REP_ROLE_ID = "3401217";

/** Emails are ASCII even for names such as "Zoë" or "O'Connor", as a mail admin would make them. */
function emailFor(spec: PersonSpec, domain: string): string {
  const clean = (s: string) =>
    s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();
  return `${clean(spec.firstName)}.${clean(spec.lastName)}@${domain}`;
}

export function buildDirectory(
  random: Random,
  ids: IdFactory,
  now: Date,
  domain: string,
  teamSpecs: TeamSpec[],
  personSpecs: PersonSpec[],
): SeededDirectory {
  const teamIds = new Map(teamSpecs.map((team) => [team.key, ids.team()]));
  const teamName = new Map(teamSpecs.map((team) => [team.key, team.name]));
  const people = new Map<string, SeededPerson>();
  const owners: OwnerRecord[] = [];
  const users: UserRecord[] = [];

  for (const spec of personSpecs) {
    const userId = spec.user || spec.departed ? ids.user() : null;
    const ownerId = spec.owner ? ids.owner() : null;
    const email = emailFor(spec, domain);
    people.set(spec.key, { spec, email, userId: spec.departed ? null : userId, ownerId });
    const teamKeys = [spec.team, ...(spec.secondaryTeams ?? [])].filter((key): key is string => Boolean(key));

    if (spec.user && !spec.departed && userId) {
      users.push({
        id: userId,
        email,
        firstName: spec.firstName,
        lastName: spec.lastName,
        roleIds: spec.superAdmin ? [] : [REP_ROLE_ID],
        ...(spec.team ? { primaryTeamId: teamIds.get(spec.team) } : {}),
        secondaryTeamIds: (spec.secondaryTeams ?? []).map((key) => teamIds.get(key)!),
        superAdmin: spec.superAdmin ?? false,
      });
    }
    if (ownerId) {
      const created = new Date(now.getTime() - random.int(400, 1500) * 86_400_000 - random.int(0, 86_399_999));
      const updated = new Date(created.getTime() + random.int(1, 300) * 86_400_000);
      owners.push({
        id: ownerId,
        email,
        type: "PERSON",
        firstName: spec.firstName,
        lastName: spec.lastName,
        userId: spec.departed || !userId ? null : Number(userId),
        userIdIncludingInactive: userId ? Number(userId) : null,
        createdAt: created.toISOString(),
        updatedAt: (updated < now ? updated : now).toISOString(),
        archived: spec.departed ?? false,
        teams: teamKeys.map((key, index) => ({ id: teamIds.get(key)!, name: teamName.get(key)!, primary: index === 0 })),
      });
    }
  }

  const teams: TeamRecord[] = teamSpecs.map((team) => ({
    id: teamIds.get(team.key)!,
    name: team.name,
    userIds: users.filter((user) => user.primaryTeamId === teamIds.get(team.key)).map((user) => user.id),
    secondaryUserIds: users
      .filter((user) => user.secondaryTeamIds.includes(teamIds.get(team.key)!))
      .map((user) => user.id),
  }));

  return { directory: { owners, users, teams }, people, teamIds };
}
