import type { DirectoryIndex } from "../assignees";
import { type Goal, targetsOf } from "../goal";
import { attainmentHistory, finishedBuckets, type History } from "../history";
import { toMillis } from "../instant";
import { type Contender, contendersOf, inTeam, type Leaderboard, leaderboard, type RankBy, type Span, spanChoice, teamContenders } from "../leaderboard";
import type { Target } from "../model";
import { isAtRisk } from "../at-risk";
import { periodOf, type StandingContext } from "../standing";
import { figuresOf } from "./answer";
import type { Board, BoardHistory, HISTORY_EVERY, Who } from "./leaderboard-state";

/**
 * Leaderboards across every live goal of one type (/leaderboard, the wallboard's board slides):
 * people (optionally one team's members) and teams ranked over a span of periods, with their
 * attainment history, with the one standing model; and a board as it is shown, at-risk judged
 * here, without the targets behind it.
 */

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

/** The leaderboards across every live goal of one type: people (optionally one team's members) and teams, over the chosen span. */
export function typeBoard(goals: readonly Goal[], index: DirectoryIndex, context: StandingContext, choice: TypeChoice) {
  const mine = goals.filter((g) => !g.archived && g.goalType === choice.type);
  const targets: Target[] = mine.flatMap((g) => targetsOf(g));
  const first = mine[0];
  if (!first) return null;
  const judgement = { metricType: first.metricType, direction: first.direction };
  const fiscal = targets[0]?.fiscalYearOffset ?? 0;
  const select = spanChoice(choice.span, context.timeZone, fiscal);
  const options = { by: choice.by, judgement, select };
  const everyone = contendersOf(targets, index);
  const people = choice.team ? inTeam(everyone, choice.team, index) : everyone.filter((c) => c.kind !== "team");
  const teams = teamContenders(targets, index);
  const at = toMillis(context.now);
  return {
    /** The goals the span counts now (a target in it): what the placings rank; the history counts every goal of the type. */
    goals: mine.filter((g) => select(targetsOf(g), at).length > 0),
    contenders: { people, teams },
    judgement,
    fiscal,
    people: leaderboard(people, context, options),
    teams: leaderboard(teams, context, options),
  };
}

export type TypeBoard = NonNullable<ReturnType<typeof typeBoard>>;

/** Each person's and team's attainment per finished month or quarter, over the same goals. */
export function typeHistory(board: TypeBoard, context: StandingContext, every: (typeof HISTORY_EVERY)[number], last: number) {
  const columns = finishedBuckets(every, context, last, board.fiscal);
  return {
    people: attainmentHistory(board.contenders.people, columns, context, board.judgement),
    teams: attainmentHistory(board.contenders.teams, columns, context, board.judgement),
  };
}

const who = ({ key, name, kind }: Contender): Who => ({ key, name, kind });

/** A leaderboard as it is shown, each placing judged at risk or not at `threshold` (0.9). */
export function shownBoard(board: Leaderboard, threshold: number): Board {
  return {
    by: board.by,
    threshold,
    previousAt: board.previousAt,
    placings: board.placings.map(({ contender, standing, score, rank, previousRank, movement }) => ({
      contender: who(contender),
      standing: figuresOf(standing),
      score,
      rank,
      previousRank,
      movement,
      atRisk: isAtRisk(standing.projection, standing.direction, threshold),
    })),
  };
}

export function shownHistory(history: History): BoardHistory {
  return {
    columns: history.columns,
    rows: history.rows.map((row) => ({ contender: who(row.contender), cells: row.cells.map((cell) => cell && figuresOf(cell)), hits: row.hits, results: row.results })),
  };
}

