import { apiRoute } from "@/lib/api/handler";
import { loadDirectory } from "@/lib/hubspot";

/** Owners, users and teams of the portal. */
export const GET = apiRoute({
  handle: async ({ portal }) => ({ portalId: portal.portalId, ...(await loadDirectory(portal)) }),
});
