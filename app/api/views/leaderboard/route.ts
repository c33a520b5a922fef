import { apiRoute } from "@/lib/api/handler";
import { leaderboardQuery } from "@/lib/api/view-schemas";
import { leaderboardAnswer } from "@/lib/server/leaderboard-page";

/** /leaderboard as the page shows it: people and teams ranked across every live goal of a type, with their history. */
export const GET = apiRoute({
  query: leaderboardQuery,
  handle: ({ portal, query }) => leaderboardAnswer(portal, query),
});
