import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { GoalFamilyResponse, TargetResponse } from "@/lib/api/contracts";
import { targetId as targetIdSchema } from "@/lib/api/schemas";
import { goalIdOf } from "@/components/target-detail/goal-id";
import { goalFamily } from "./goal-family";
import { goalTarget } from "./goal-target";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

export interface TargetPageData {
  portalId: number;
  targetId: string;
  /** The goal this target belongs to, when the record says. */
  goalId: string | null;
  target: TargetResponse | null;
  /** Its goal, for the target's place on the goal's timeline; null when unavailable. */
  family: GoalFamilyResponse | null;
  renderedAt: number;
}

/** The target page's data, once per request. A malformed or unknown id is a not-found page. */
export const targetPageData = cache(async (rawId: string): Promise<TargetPageData> => {
  const parsed = targetIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const targetId = parsed.data;
  const { portalId, ctx } = await pagePortal();
  const target = await loadForPage(() => goalTarget(ctx, targetId), ctx.requestId);
  const goalId = target ? goalIdOf(target) : null;
  // The target stands on its own page even if its goal cannot be read right now.
  const family = goalId ? await loadForPage(() => goalFamily(ctx, goalId), ctx.requestId, "null") : null;
  return { portalId, targetId, goalId, target, family, renderedAt: Date.now() };
});
