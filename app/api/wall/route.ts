import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { wallQuery } from "@/lib/api/schemas";
import { wallSnapshot } from "@/lib/server/wall-snapshot";

/** The wallboard's data: every live goal target at most `refresh` seconds old, from the shared cache. */
export const GET = apiRoute({
  input: (req) => parseInput(wallQuery, queryObject(req)),
  handle: ({ portal, input }) => wallSnapshot(portal, { refreshSeconds: input.refresh, goals: input.goals, types: input.types }),
});
