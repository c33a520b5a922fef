import { emulator, type RawTarget } from "./emulator";

/**
 * What the goal list should show, worked out independently from the emulator's raw records (not
 * with Goalboard's own code, which is what is being checked).
 */
export interface ExpectedGoal {
  id: string;
  name: string;
  type: string | null;
  targets: RawTarget[];
  schedules: number;
  /** Distinct people or teams, with a user id counted as the owner who has that user id. */
  assignees: Set<string>;
  start: number;
  end: number;
  archived: boolean;
}

const END_INCLUSIVE = /T23:59:59(\.999)?Z$/;
export const endOf = (t: RawTarget) => Date.parse(t.properties.hs_end_datetime!) + (END_INCLUSIVE.test(t.properties.hs_end_datetime!) ? 1 : 0);

/** Live owners by their user id: a target assigned by user id belongs to the owner who has it. */
export function ownersByUserId(directory: { owners: unknown[] }): Map<string, string> {
  const ownerByUser = new Map<string, string>();
  for (const o of directory.owners as { id: string; userId: number | null; archived?: boolean }[]) {
    if (o.userId != null && !o.archived) ownerByUser.set(String(o.userId), o.id);
  }
  return ownerByUser;
}

/** Whose target it is: "team:…", "owner:…" (also for a user id an owner has), "user:…" or "none". */
export function assigneeKeyOf(t: RawTarget, ownerByUser: Map<string, string>): string {
  const p = t.properties;
  const team = p.hs_assignee_team_id && /team/.test(`${p.hs_assignee_property_name}${p.hs_participant_type}`) ? p.hs_assignee_team_id : null;
  if (team) return `team:${team}`;
  if (p.hubspot_owner_id) return `owner:${p.hubspot_owner_id}`;
  if (p.hs_assignee_user_id) return ownerByUser.has(p.hs_assignee_user_id) ? `owner:${ownerByUser.get(p.hs_assignee_user_id)}` : `user:${p.hs_assignee_user_id}`;
  return "none";
}

export async function expectedGoals(portalId: number, archived = false): Promise<ExpectedGoal[]> {
  const [records, directory] = await Promise.all([emulator.targets(portalId, archived), emulator.directory(portalId)]);
  const ownerByUser = ownersByUserId(directory);
  const goals = new Map<string, ExpectedGoal>();
  for (const t of records.filter((r) => r.archived === archived)) {
    const p = t.properties;
    const id = p.hs_group_correlation_uuid ?? t.id;
    let goal = goals.get(id);
    if (!goal) {
      goal = { id, name: p.hs_goal_name ?? "", type: p.hs_goal_type, targets: [], schedules: 0, assignees: new Set(), start: Infinity, end: -Infinity, archived };
      goals.set(id, goal);
    }
    goal.targets.push(t);
    goal.assignees.add(assigneeKeyOf(t, ownerByUser));
    goal.start = Math.min(goal.start, Date.parse(p.hs_start_datetime!));
    goal.end = Math.max(goal.end, endOf(t));
  }
  for (const goal of goals.values()) goal.schedules = new Set(goal.targets.map((t) => t.properties.hs_goal_target_group_id ?? t.id)).size;
  return [...goals.values()];
}

/** Exact decimal sum of target amounts (the numbers are small enough for cents as integers). */
export function totalOf(goal: ExpectedGoal): number {
  return goal.targets.reduce((sum, t) => sum + Math.round(Number(t.properties.hs_target_amount) * 100), 0) / 100;
}

/** Names by owner id, user id and team id, from the emulator's directory. */
export async function directoryNames(portalId: number): Promise<Map<string, string>> {
  const directory = await emulator.directory(portalId);
  const names = new Map<string, string>();
  for (const o of directory.owners as { id: string; userId: number | null; firstName: string; lastName: string }[]) {
    names.set(o.id, `${o.firstName} ${o.lastName}`);
    if (o.userId !== null) names.set(String(o.userId), `${o.firstName} ${o.lastName}`);
  }
  for (const t of directory.teams) names.set(t.id, t.name);
  return names;
}
