import type { DirectoryIndex } from "@/lib/goals/assignees";
import { type Goal, targetsOf } from "@/lib/goals/goal";
import { contendersOf } from "@/lib/goals/leaderboard";
import { type StandingContext, standingOf } from "@/lib/goals/standing";

export interface Attained {
  name: string;
  goalName: string;
  attainment: number | null;
}

/** Everyone's attainment to date on each goal where higher is better, keyed "goal|assignee". */
export function attainments(goals: readonly Goal[], index: DirectoryIndex, context: StandingContext): Map<string, Attained> {
  const out = new Map<string, Attained>();
  for (const goal of goals) {
    if (goal.direction !== "HIGHER_IS_BETTER") continue;
    for (const contender of contendersOf(targetsOf(goal), index)) {
      const standing = standingOf(contender.targets, context, { metricType: goal.metricType, direction: goal.direction });
      out.set(`${goal.id}|${contender.key}`, { name: contender.name, goalName: goal.name || "(unnamed goal)", attainment: standing.attainmentToDate });
    }
  }
  return out;
}

/** Who reached 100% of their target between two refreshes (not who was there already, nor a new arrival). */
export function crossedTarget(before: ReadonlyMap<string, Attained>, after: ReadonlyMap<string, Attained>): Attained[] {
  const crossed: Attained[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (then && then.attainment !== null && then.attainment < 1 && now.attainment !== null && now.attainment >= 1) crossed.push(now);
  }
  return crossed;
}
