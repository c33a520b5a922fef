import { apiRoute } from "@/lib/api/handler";
import { datasetQuery } from "@/lib/api/schemas";
import { filterOptionsAnswer } from "@/lib/server/list-views";

/** What the list pages' filter menus offer: the assignees, teams and goal types of the portal's goals. */
export const GET = apiRoute({
  query: datasetQuery,
  handle: ({ portal, query }) => filterOptionsAnswer(portal, query.archived),
});
