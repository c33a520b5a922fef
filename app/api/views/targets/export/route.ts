import { apiRoute } from "@/lib/api/handler";
import { csvResponse } from "@/lib/api/respond";
import { targetExportQuery } from "@/lib/api/view-schemas";
import { targetListCsv } from "@/lib/server/list-views";

/** Every goal target /targets' filters match, in its order, as CSV with raw values. */
export const GET = apiRoute({
  query: targetExportQuery,
  handle: async ({ portal, query }) => csvResponse(await targetListCsv(portal, query.state, query.ask), "goal-targets.csv"),
});
