import { apiRoute } from "@/lib/api/handler";
import { targetId } from "@/lib/api/schemas";
import { targetHistory } from "@/lib/server/plan/history";

/** Every value a target's amount has had, who set it and when (HubSpot's property history). */
export const GET = apiRoute({
  params: { targetId },
  handle: ({ portal, params }) => targetHistory(portal, params.targetId),
});
