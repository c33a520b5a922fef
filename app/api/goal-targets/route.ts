import { apiRoute } from "@/lib/api/handler";
import { listQuery } from "@/lib/api/schemas";
import { goalTargetsPage } from "@/lib/server/target-records";

/** List goal targets: one page, as HubSpot pages them. */
export const GET = apiRoute({
  query: listQuery,
  repeatable: ["properties"],
  handle: ({ portal, query }) => goalTargetsPage(portal, query),
});
