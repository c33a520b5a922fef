import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { emptyQuery } from "@/lib/api/schemas";
import { getAccount } from "@/lib/hubspot";

/** Account details: the portal's time zone and currency. */
export const GET = apiRoute({
  input: (req) => parseInput(emptyQuery, queryObject(req)),
  handle: ({ portal }) => getAccount(portal),
});
