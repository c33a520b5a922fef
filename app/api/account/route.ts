import { apiRoute } from "@/lib/api/handler";
import { accountDetails } from "@/lib/server/portal-details";

/** Account details: the portal's time zone and currency. */
export const GET = apiRoute({
  handle: ({ portal }) => accountDetails(portal),
});
