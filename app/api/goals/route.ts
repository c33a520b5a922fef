import { apiRoute } from "@/lib/api/handler";
import { datasetQuery } from "@/lib/api/schemas";
import { goalsDataset } from "@/lib/server/goals-dataset";

/** List goals: every goal target of the portal, with names, currency and time zone. */
export const GET = apiRoute({
  query: datasetQuery,
  handle: ({ portal, query }) => goalsDataset(portal, query.archived),
});
