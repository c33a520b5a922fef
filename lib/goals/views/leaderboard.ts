import type { DirectoryIndex } from "../assignees";
import { type Goal, targetsOf } from "../goal";
import { attainmentHistory, finishedBuckets, type History, type HistoryColumn } from "../history";
import { toMillis } from "../instant";
import { humanize } from "../labels";
import {
  type Contender,
  contendersOf,
  inTeam,
  type Leaderboard,
  leaderboard,
  type Placing,
  RANK_BY,
  type RankBy,
  type Span,
  SPANS,
  spanChoice,
  teamContenders,
} from "../leaderboard";
import type { Target } from "../model";
import { isAtRisk } from "../projection";
import { periodOf, type StandingContext } from "../standing";
import { type Figures, figuresOf, type LoadState, type ViewBase, viewBase } from "./answer";
import { goalRowAt, type PortalModel } from "./portal";
import { riskPercent, stateParams, stateQuery, type StateOf } from "./state";
import { remember } from "./view-memo";

/**
 * Leaderboards across every live goal of one type (/leaderboard, the wallboard's board slides):
 * people (optionally one team's members) and teams ranked over a span of periods, with their
 * attainment history, computed from the held portal with the one standing model. The answer
 * carries who and their figures, never the targets behind them.
 */

export const HISTORY_EVERY = ["month", "quarter"] as const;
export const HISTORY_LAST = [3, 6, 12] as const;
const DEFAULT_LAST = 6;

/** /leaderboard's state as its URL holds it (`?type=sales_quota&span=quarter&rank=pace`). */
export const leaderboardState = {
  /** Goal type ranked; empty: the busiest type. */
  type: stateParams.text,
  span: stateParams.oneOf(SPANS, "period"),
  rank: stateParams.oneOf(RANK_BY, "attainment"),
  /** A team id: that team's people only; empty: everyone. */
  team: stateParams.text,
  risk: riskPercent,
  every: stateParams.oneOf(HISTORY_EVERY, "month"),
  last: stateParams.whole(DEFAULT_LAST, 1, 12, false),
};

export type LeaderboardState = StateOf<typeof leaderboardState>;

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

export type TypeBoard = NonNullable<ReturnType<typeof typeBoard>>;

/** Each person's and team's attainment per finished month or quarter, over the same goals. */
export function typeHistory(board: TypeBoard, context: StandingContext, every: (typeof HISTORY_EVERY)[number], last: number) {
  const columns = finishedBuckets(every, context, last, board.fiscal);
  return {
    people: attainmentHistory(board.contenders.people, columns, context, board.judgement),
    teams: attainmentHistory(board.contenders.teams, columns, context, board.judgement),
  };
}

/** Who a row is about, without the targets behind them. */
export type Who = Pick<Contender, "key" | "name" | "kind">;

/** A placing as a board shows it: its figures, and whether its projection is at risk at the board's threshold. */
export interface BoardPlacing extends Pick<Placing, "score" | "rank" | "previousRank" | "movement"> {
  contender: Who;
  standing: Figures;
  atRisk: boolean;
}

export interface Board {
  by: RankBy;
  /** The at-risk threshold the placings were judged at (0.9). */
  threshold: number;
  placings: BoardPlacing[];
  previousAt: number | null;
}

export interface BoardHistory {
  columns: HistoryColumn[];
  rows: { contender: Who; cells: (Figures | null)[]; hits: number; results: number }[];
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

function shownHistory(history: History): BoardHistory {
  return {
    columns: history.columns,
    rows: history.rows.map((row) => ({ contender: who(row.contender), cells: row.cells.map((cell) => cell && figuresOf(cell)), hits: row.hits, results: row.results })),
  };
}

export interface LeaderboardAnswer extends ViewBase {
  /** Goal types of live goals, the busiest first. */
  types: { value: string; label: string }[];
  /** The state as read against the portal: the type and team ranked (the URL's, when the portal has them). */
  type: string | null;
  team: string | null;
  last: number;
  teams: { id: string; name: string }[];
  /** Null while the portal is still loading (a ranking over part of it would mislead) or without live goals. */
  board: null | {
    goals: { id: string; name: string }[];
    people: Board;
    teams: Board;
    history: { people: BoardHistory; teams: BoardHistory };
  };
}

/** /leaderboard's answer for its state, at a moment (epoch ms). */
export function leaderboardView(model: PortalModel, state: LeaderboardState, at: number, load: LoadState): LeaderboardAnswer {
  return remember(model, "leaderboard", `${at}|${load.state}|${stateQuery(leaderboardState, state)}`, () => {
    const context = { now: at, timeZone: model.data.account.timeZone };
    const types = goalTypes(model.goals, context);
    const type = state.type && types.includes(state.type) ? state.type : (types[0] ?? null);
    const team = state.team && model.index.teamsById.has(state.team) ? state.team : null;
    const last = (HISTORY_LAST as readonly number[]).includes(state.last) ? state.last : DEFAULT_LAST;
    const board = type && load.state === "ready" ? typeBoard(model.goals, model.index, context, { type, span: state.span, by: state.rank, team }) : null;
    const threshold = state.risk / 100;
    const history = board && typeHistory(board, context, state.every, last);
    return {
      ...viewBase(model, at, load),
      types: types.map((value) => ({ value, label: humanize(value) })),
      type,
      team,
      last,
      teams: model.data.directory.teams.map((t) => ({ id: t.id, name: t.name })),
      board:
        board && history
          ? {
              goals: board.goals.map((g) => ({ id: g.id, name: g.name })),
              people: shownBoard(board.people, threshold),
              teams: shownBoard(board.teams, threshold),
              history: { people: shownHistory(history.people), teams: shownHistory(history.teams) },
            }
          : null,
    };
  });
}

/** What the wallboard's setup offers: the live goals (running or upcoming) and the goal types to rank. */
export interface WallChoices extends ViewBase {
  goals: { id: string; name: string; running: boolean }[];
  types: { value: string; label: string }[];
}

export function wallChoices(model: PortalModel, at: number, load: LoadState): WallChoices {
  const context = { now: at, timeZone: model.data.account.timeZone, directory: model.index };
  const goals = model.goals
    .filter((goal) => !goal.archived)
    .map((goal) => ({ goal, status: goalRowAt(goal, context).status }))
    .filter(({ status }) => status !== "ended")
    .map(({ goal, status }) => ({ id: goal.id, name: goal.name, running: status === "active" }));
  return { ...viewBase(model, at, load), goals, types: goalTypes(model.goals, context).map((value) => ({ value, label: humanize(value) })) };
}
