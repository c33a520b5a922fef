import type { HistoryColumn } from "../history";
import type { Contender, Placing, RankBy, Span } from "../leaderboard";
import { RANK_BY, SPANS } from "../view-choices";
import type { Figures, ViewBase } from "./answer";
import { riskPercent, stateParams, type StateOf } from "./state";

/**
 * /leaderboard's URL state and the shapes of its answer and of the wallboard's choices: what the
 * browser needs, apart from the maths (leaderboard-board.ts) and the view (leaderboard.ts).
 */

export const HISTORY_EVERY = ["month", "quarter"] as const;
export const HISTORY_LAST = [3, 6, 12] as const;
export const DEFAULT_LAST = 6;

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

/** A board's figures as they print (board-text.ts). */
export interface BoardText {
  /** When the previous period closed: what the moves are since. */
  previousAt: string | null;
  /** Per placing, in the board's order: the ranked figure (null without one) and the projected attainment. */
  placings: { score: string | null; projected: string }[];
}

/** A history's figures and column dates as they print (board-text.ts). */
export interface HistoryText {
  /** Each column's dates. */
  spans: string[];
  /** Per row, per column: the attainment, or null without one (the history's figures say why). */
  cells: (string | null)[][];
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
    /** The periods ranked, and the goals with a target in them; the history counts every goal of the type. */
    span: Span;
    goals: { id: string; name: string }[];
    people: Board;
    teams: Board;
    history: { people: BoardHistory; teams: BoardHistory };
    /** The boards' and histories' figures as they print. */
    text: { people: BoardText; teams: BoardText; history: { people: HistoryText; teams: HistoryText } };
  };
}

/** What the wallboard's setup offers: the live goals (running or upcoming) and the goal types to rank. */
export interface WallChoices extends ViewBase {
  goals: { id: string; name: string; running: boolean }[];
  types: { value: string; label: string }[];
}

