import { apiRoute } from "@/lib/api/handler";
import { getAccount } from "@/lib/hubspot";

/** Account details: the portal's time zone and currency. */
export const GET = apiRoute({
  handle: ({ portal }) => getAccount(portal),
});
