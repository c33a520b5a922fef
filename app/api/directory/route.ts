import { apiRoute } from "@/lib/api/handler";
import { portalDirectory } from "@/lib/server/portal-details";

/** Owners, users and teams of the portal. */
export const GET = apiRoute({
  handle: ({ portal }) => portalDirectory(portal),
});
