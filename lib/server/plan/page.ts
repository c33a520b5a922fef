import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { PlanResponse } from "@/lib/contracts/plan";
import { isGoalId } from "@/lib/goals/ids";
import { goalRememberedMissing } from "@/lib/hubspot";
import type { PageLoad } from "@/lib/contracts/page-load";
import { loadForPage } from "../page-load";
import { pagePortal } from "../page-portal";
import { loadPlan } from "./load";

export interface PlanPageData {
  portalId: number;
  goalId: string;
  plan: PageLoad<PlanResponse>;
  /** Has HubSpot just said this goal is missing (so the proxy answers 404 when asked again)? */
  remembered: () => boolean;
}

/** The plan page's data, once per request. A malformed goal id is a not-found page. */
export const planPageData = cache(async (rawId: string): Promise<PlanPageData> => {
  if (!isGoalId(rawId)) notFound();
  const goalId = rawId.toLowerCase();
  const { portalId, ctx } = await pagePortal();
  const plan = await loadForPage(() => loadPlan(ctx, goalId), ctx.requestId);
  return { portalId, goalId, plan, remembered: () => goalRememberedMissing(portalId, goalId) };
});
