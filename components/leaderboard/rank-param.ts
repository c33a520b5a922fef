import { parseAsStringLiteral } from "nuqs";
import { RANK_BY } from "@/lib/goals/leaderboard";

/** What a leaderboard ranks by in the URL (`rank=pace`); attainment to date by default. */
export const parseAsRankBy = parseAsStringLiteral(RANK_BY).withDefault("attainment");
