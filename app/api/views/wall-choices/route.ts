import { apiRoute } from "@/lib/api/handler";
import { wallChoicesAnswer } from "@/lib/server/leaderboard-page";

/** What the wallboard's setup offers: the live goals and the goal types to rank. */
export const GET = apiRoute({
  handle: ({ portal }) => wallChoicesAnswer(portal),
});
