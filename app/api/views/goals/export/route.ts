import { apiRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/respond";
import { goalExportQuery } from "@/lib/api/view-schemas";
import { goalListCsv } from "@/lib/server/list-views";

/** Every goal the list's filters match, in its order, as CSV with raw values. */
export const GET = apiRoute({
  query: goalExportQuery,
  handle: async ({ portal, query }) => csvResponse(await goalListCsv(portal, query.state, query.ask), "goals.csv"),
});
