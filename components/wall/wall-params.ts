"use client";

import { createParser, parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { WALL_REFRESH_SECONDS } from "@/lib/contracts/wall";
import { SPANS } from "@/lib/goals/leaderboard";
import { parseAsRankBy } from "@/components/leaderboard/rank-param";
import { parseAsRiskPercent } from "@/components/projection/risk-param";

/** Whole seconds within bounds; anything else reads as the default. */
const seconds = (min: number, max: number, fallback: number) =>
  createParser({
    parse: (value: string) => (/^\d{1,4}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : null),
    serialize: String,
  }).withDefault(fallback);

const ROTATE_SECONDS = { min: 5, max: 600, default: 20 } as const;

/**
 * Every wallboard option lives in its URL, so a TV can be set up once with a bookmark:
 * goals=<id>,<id> and boards=<goal type>,… choose the slides (goals first, then leaderboards),
 * every= the seconds each slide shows, refresh= the seconds between data refreshes, theme=,
 * rank=, span= (the leaderboards' periods) and risk= (the at-risk threshold).
 */
export const wallParsers = {
  goals: parseAsArrayOf(parseAsString).withDefault([]),
  boards: parseAsArrayOf(parseAsString).withDefault([]),
  every: seconds(ROTATE_SECONDS.min, ROTATE_SECONDS.max, ROTATE_SECONDS.default),
  refresh: seconds(WALL_REFRESH_SECONDS.min, WALL_REFRESH_SECONDS.max, WALL_REFRESH_SECONDS.default),
  theme: parseAsStringLiteral(["dark", "light"] as const).withDefault("dark"),
  rank: parseAsRankBy,
  span: parseAsStringLiteral(SPANS).withDefault("period"),
  risk: parseAsRiskPercent,
};

export function useWallParams() {
  return useQueryStates(wallParsers, { history: "replace", clearOnDefault: false });
}

export type WallOptions = ReturnType<typeof useWallParams>[0];
