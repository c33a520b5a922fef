import { apiRoute } from "@/lib/api/handler";
import { targetListQuery } from "@/lib/api/view-schemas";
import { targetListAnswer } from "@/lib/server/list-views";

/** /targets as the page shows it: one window of goal targets, sorted and filtered on the server, with the counts. */
export const GET = apiRoute({
  query: targetListQuery,
  handle: ({ portal, query }) => targetListAnswer(portal, query.state, query.window, query.ask),
});
