import { apiRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/respond";
import { goalExportQuery, viewParts } from "@/lib/api/view-schemas";
import { goalListCsv } from "@/lib/server/list-views";

/** Every goal the list's filters match, in its order, as CSV with raw values. */
export const GET = apiRoute({
  query: goalExportQuery,
  handle: async ({ portal, query }) => {
    const { state, ask } = viewParts(query);
    return csvResponse(await goalListCsv(portal, state, ask), "goals.csv");
  },
});
