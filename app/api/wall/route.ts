import { apiRoute } from "@/lib/api/handler";
import { wallQuery } from "@/lib/api/schemas";
import { wallSnapshot } from "@/lib/server/wall-snapshot";

/** The wallboard's data: every live goal target at most `refresh` seconds old, from the shared cache. */
export const GET = apiRoute({
  query: wallQuery,
  handle: ({ portal, query }) => wallSnapshot(portal, { refreshSeconds: query.refresh, goals: query.goals, types: query.types }),
});
