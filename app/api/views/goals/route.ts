import { apiRoute } from "@/lib/api/handler";
import { goalListQuery } from "@/lib/api/view-schemas";
import { goalListAnswer } from "@/lib/server/list-views";

/** The goal list as the page shows it: one window of rows, sorted and filtered on the server, with the counts. */
export const GET = apiRoute({
  query: goalListQuery,
  handle: ({ portal, query }) => goalListAnswer(portal, query.state, query.window, query.ask),
});
