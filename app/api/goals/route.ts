import { apiRoute } from "@/lib/api/handler";
import { parseInput, queryObject } from "@/lib/api/input";
import { datasetQuery } from "@/lib/api/schemas";
import { goalsDataset } from "@/lib/server/goals-dataset";

/** List goals: every goal target of the portal, with names, currency and time zone. */
export const GET = apiRoute({
  input: (req) => parseInput(datasetQuery, queryObject(req)),
  handle: ({ portal, input }) => goalsDataset(portal, input.archived),
});
