import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { emptyQuery } from "@/lib/api/schemas";
import { loadDirectory } from "@/lib/hubspot";

/** Owners, users and teams of the portal. */
export const GET = apiRoute({
  input: (req) => parseInput(emptyQuery, queryObject(req)),
  handle: async ({ portal }) => ({ portalId: portal.portalId, ...(await loadDirectory(portal)) }),
});
