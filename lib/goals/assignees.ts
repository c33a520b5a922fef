import type { AssigneeRef, Directory, Owner, Team, User } from "./model";

/** Maps over the directory, built once, so resolving thousands of assignees is a lookup each. */
export interface DirectoryIndex {
  ownersById: ReadonlyMap<string, Owner>;
  ownersByUserId: ReadonlyMap<string, Owner>;
  usersById: ReadonlyMap<string, User>;
  teamsById: ReadonlyMap<string, Team>;
  /** Team ids per user id, from users' own team fields and from teams' member lists. */
  teamIdsByUserId: ReadonlyMap<string, readonly string[]>;
}

export interface ResolvedAssignee {
  /**
   * A user id that matches an owner resolves to that owner, so one person has one identity in
   * filters and lists whether HubSpot assigned the goal by owner id or by user id.
   */
  kind: AssigneeRef["kind"];
  id: string;
  /** Filter key, e.g. "owner:123". */
  key: string;
  name: string;
  teamIds: string[];
}

export function indexDirectory(directory: Directory): DirectoryIndex {
  const ownersById = new Map<string, Owner>();
  const ownersByUserId = new Map<string, Owner>();
  for (const owner of directory.owners) {
    ownersById.set(owner.id, owner);
    // An archived owner may share a userId with the live one that replaced it; prefer the live one.
    const existing = owner.userId === null ? undefined : ownersByUserId.get(owner.userId);
    if (owner.userId !== null && (!existing || (existing.archived && !owner.archived))) {
      ownersByUserId.set(owner.userId, owner);
    }
  }
  const usersById = new Map(directory.users.map((user) => [user.id, user] as const));
  const teamsById = new Map(directory.teams.map((team) => [team.id, team] as const));

  const teamSets = new Map<string, Set<string>>();
  const addMembership = (userId: string, teamId: string | null) => {
    if (teamId === null) return;
    let set = teamSets.get(userId);
    if (!set) teamSets.set(userId, (set = new Set()));
    set.add(teamId);
  };
  for (const user of directory.users) {
    addMembership(user.id, user.primaryTeamId);
    for (const teamId of user.secondaryTeamIds) addMembership(user.id, teamId);
  }
  for (const team of directory.teams) for (const userId of team.userIds) addMembership(userId, team.id);
  const teamIdsByUserId = new Map([...teamSets].map(([userId, set]) => [userId, [...set]] as const));

  return { ownersById, ownersByUserId, usersById, teamsById, teamIdsByUserId };
}

const cache = new WeakMap<Directory, DirectoryIndex>();

function asIndex(directory: Directory | DirectoryIndex): DirectoryIndex {
  if (!("owners" in directory)) return directory;
  let index = cache.get(directory);
  if (!index) cache.set(directory, (index = indexDirectory(directory)));
  return index;
}

export function assigneeKey(ref: AssigneeRef): string {
  return ref.kind === "none" ? "none" : `${ref.kind}:${ref.id}`;
}

/**
 * Resolves an assignee for display and filtering. Ids missing from the directory (deactivated
 * users, teams the token cannot see) get a readable placeholder instead of an error.
 */
export function resolveAssignee(ref: AssigneeRef, directory: Directory | DirectoryIndex): ResolvedAssignee {
  const index = asIndex(directory);
  switch (ref.kind) {
    case "owner": {
      const owner = index.ownersById.get(ref.id);
      return owner ? fromOwner(owner, index) : placeholder("owner", ref.id, "Owner", []);
    }
    case "user": {
      const owner = index.ownersByUserId.get(ref.id);
      if (owner) return fromOwner(owner, index);
      const user = index.usersById.get(ref.id);
      const teamIds = [...(index.teamIdsByUserId.get(ref.id) ?? [])];
      if (!user) return placeholder("user", ref.id, "User", teamIds);
      return { kind: "user", id: user.id, key: `user:${user.id}`, name: personName(user.name, user.email, "User", user.id), teamIds };
    }
    case "team": {
      const team = index.teamsById.get(ref.id);
      return {
        kind: "team",
        id: ref.id,
        key: `team:${ref.id}`,
        name: team?.name.trim() || `Team ${ref.id}`,
        teamIds: [ref.id],
      };
    }
    case "none":
      return { kind: "none", id: "", key: "none", name: "Unassigned", teamIds: [] };
  }
}

function fromOwner(owner: Owner, index: DirectoryIndex): ResolvedAssignee {
  const teamIds = new Set(owner.teamIds);
  if (owner.userId !== null) for (const teamId of index.teamIdsByUserId.get(owner.userId) ?? []) teamIds.add(teamId);
  return {
    kind: "owner",
    id: owner.id,
    key: `owner:${owner.id}`,
    name: personName(owner.name, owner.email, "Owner", owner.id),
    teamIds: [...teamIds],
  };
}

function personName(name: string, email: string | null, label: string, id: string): string {
  return name.trim() || email?.trim() || `${label} ${id}`;
}

function placeholder(kind: "owner" | "user", id: string, label: string, teamIds: string[]): ResolvedAssignee {
  return { kind, id, key: `${kind}:${id}`, name: `${label} ${id}`, teamIds };
}
