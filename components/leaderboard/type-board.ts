import type { DirectoryIndex } from "@/lib/goals/assignees";
import { type Goal, targetsOf } from "@/lib/goals/goal";
import { attainmentHistory, finishedBuckets } from "@/lib/goals/history";
import { contendersOf, inTeam, leaderboard, type RankBy, type Span, spanChoice, teamContenders } from "@/lib/goals/leaderboard";
import { toMillis } from "@/lib/goals/instant";
import type { Target } from "@/lib/goals/model";
import { periodOf, type StandingContext } from "@/lib/goals/standing";

export interface TypeChoice {
  type: string;
  span: Span;
  by: RankBy;
  team: string | null;
}

/** Goal types of live goals, the busiest (most targets running now) first: the default is the first. */
export function goalTypes(goals: readonly Goal[], context: StandingContext): string[] {
  const at = toMillis(context.now);
  const running = new Map<string, number>();
  for (const goal of goals) {
    if (goal.archived || !goal.goalType) continue;
    const now = targetsOf(goal).filter((t) => {
      const { start, end } = periodOf(t, context.timeZone);
      return start <= at && at < end;
    }).length;
    running.set(goal.goalType, (running.get(goal.goalType) ?? 0) + now);
  }
  return [...running].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([type]) => type);
}

/**
 * The leaderboards across every live goal of one type: people (optionally one team's members) and
 * teams, over the chosen span.
 */
export function typeBoard(goals: readonly Goal[], index: DirectoryIndex, context: StandingContext, choice: TypeChoice) {
  const mine = goals.filter((g) => !g.archived && g.goalType === choice.type);
  const targets: Target[] = mine.flatMap((g) => targetsOf(g));
  const first = mine[0];
  if (!first) return null;
  const judgement = { metricType: first.metricType, direction: first.direction };
  const fiscal = targets[0]?.fiscalYearOffset ?? 0;
  const options = { by: choice.by, judgement, select: spanChoice(choice.span, context.timeZone, fiscal) };
  const everyone = contendersOf(targets, index);
  const people = choice.team ? inTeam(everyone, choice.team, index) : everyone.filter((c) => c.kind !== "team");
  const teams = teamContenders(targets, index);
  return {
    goals: mine,
    contenders: { people, teams },
    judgement,
    fiscal,
    people: leaderboard(people, context, options),
    teams: leaderboard(teams, context, options),
  };
}

/** Each person's and team's attainment per finished month or quarter, over the same goals. */
export function typeHistory(board: NonNullable<ReturnType<typeof typeBoard>>, context: StandingContext, every: "month" | "quarter", last: number) {
  const columns = finishedBuckets(every, context, last, board.fiscal);
  return {
    people: attainmentHistory(board.contenders.people, columns, context, board.judgement),
    teams: attainmentHistory(board.contenders.teams, columns, context, board.judgement),
  };
}
