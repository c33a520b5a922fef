import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { GoalFamilyResponse } from "@/lib/api/contracts";
import { goalId as goalIdSchema } from "@/lib/api/schemas";
import { groupGoals } from "@/lib/goals/group";
import { goalOf } from "@/lib/goals/goal-view";
import { goalFamily } from "./goal-family";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

export interface GoalPageData {
  portalId: number;
  goalId: string;
  /** The goal's own id when the URL named it another way (a member target's id, another case). */
  canonicalId: string | null;
  name: string | null;
  /** Null when HubSpot could not answer now; the browser then fetches and explains. */
  family: GoalFamilyResponse | null;
  renderedAt: number;
}

/** The goal page's data, once per request. A malformed or unknown id is a not-found page. */
export const goalPageData = cache(async (rawId: string): Promise<GoalPageData> => {
  const parsed = goalIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const goalId = parsed.data;
  const { portalId, ctx } = await pagePortal();
  const family = await loadForPage(() => goalFamily(ctx, goalId), ctx.requestId);
  const goal = family ? goalOf(groupGoals(family.targets), goalId) : null;
  return {
    portalId,
    goalId,
    canonicalId: goal && goal.id !== goalId ? goal.id : null,
    name: goal?.name ?? null,
    family,
    renderedAt: Date.now(),
  };
});
