import type { SeededDirectory } from "./directory";
import type { Assignee } from "./family";
import type { Performance } from "./progress";

/** Builds assignees from directory keys so goal definitions read like a manager's plan. */
export function assigneesFrom(seeded: SeededDirectory) {
  const person = (key: string) => {
    const found = seeded.people.get(key);
    if (!found) throw new Error(`unknown person ${key}`);
    return found;
  };
  return {
    byOwner(key: string, performance: Performance): Assignee {
      const p = person(key);
      return { kind: "owner", ownerId: p.ownerId!, userId: p.userId, performance };
    },
    byUser(key: string, performance: Performance): Assignee {
      const p = person(key);
      return { kind: "user", ownerId: p.ownerId, userId: p.userId!, performance };
    },
    byTeam(key: string, performance: Performance): Assignee {
      const teamId = seeded.teamIds.get(key);
      if (!teamId) throw new Error(`unknown team ${key}`);
      return { kind: "team", teamId, performance };
    },
    userId(key: string): string {
      return person(key).userId!;
    },
  };
}

export type AssigneeHelpers = ReturnType<typeof assigneesFrom>;
