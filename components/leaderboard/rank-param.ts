"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { RANK_BY } from "@/lib/goals/leaderboard";

export const parseAsRankBy = parseAsStringLiteral(RANK_BY).withDefault("attainment");

/** What leaderboards rank by, in the URL (`rank=pace`); attainment to date by default. */
export function useRankBy() {
  return useQueryState("rank", parseAsRankBy.withOptions({ history: "replace", clearOnDefault: true }));
}
