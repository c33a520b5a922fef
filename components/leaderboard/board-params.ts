"use client";

import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { SPANS } from "@/lib/goals/leaderboard";
import { parseAsRankBy } from "./rank-param";

export const HISTORY_EVERY = ["month", "quarter"] as const;
export const HISTORY_LAST = [3, 6, 12] as const;

/** The /leaderboard view in its URL: goal type, which periods, rank by, team, and the history's columns. */
export const boardParsers = {
  type: parseAsString,
  span: parseAsStringLiteral(SPANS).withDefault("period"),
  rank: parseAsRankBy,
  team: parseAsString,
  every: parseAsStringLiteral(HISTORY_EVERY).withDefault("month"),
  last: parseAsInteger.withDefault(6),
};

export function useBoardParams() {
  return useQueryStates(boardParsers, { history: "replace", clearOnDefault: true });
}
