import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { PlanResponse } from "@/lib/api/plan-contracts";
import { goalId as goalIdSchema } from "@/lib/api/schemas";
import { loadForPage } from "../page-load";
import { pagePortal } from "../page-portal";
import { loadPlan } from "./load";

export interface PlanPageData {
  portalId: number;
  goalId: string;
  /** Null when HubSpot could not answer now; the browser then asks again and explains. */
  plan: PlanResponse | null;
}

/** The plan page's data, once per request. A malformed or unknown goal id is a not-found page. */
export const planPageData = cache(async (rawId: string): Promise<PlanPageData> => {
  const parsed = goalIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const goalId = parsed.data.toLowerCase();
  const { portalId, ctx } = await pagePortal();
  return { portalId, goalId, plan: await loadForPage(() => loadPlan(ctx, goalId), ctx.requestId) };
});
