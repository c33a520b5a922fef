import { apiRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/respond";
import { targetExportQuery, viewParts } from "@/lib/api/view-schemas";
import { targetListCsv } from "@/lib/server/list-views";

/** Every goal target /targets' filters match, in its order, as CSV with raw values. */
export const GET = apiRoute({
  query: targetExportQuery,
  handle: async ({ portal, query }) => {
    const { state, ask } = viewParts(query);
    return csvResponse(await targetListCsv(portal, state, ask), "goal-targets.csv");
  },
});
