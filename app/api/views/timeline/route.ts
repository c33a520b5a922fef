import { apiRoute } from "@/lib/api/handler";
import { timelineQuery } from "@/lib/api/view-schemas";
import { timelineAnswer } from "@/lib/server/list-views";

/** The timeline as the page shows it: the goal bars of its page, the period chart's series and the counts. */
export const GET = apiRoute({
  query: timelineQuery,
  handle: ({ portal, query }) => timelineAnswer(portal, query.state, query.ask),
});
