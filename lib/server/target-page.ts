import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { GoalFamilyResponse, TargetResponse } from "@/lib/api/contracts";
import { targetId as targetIdSchema } from "@/lib/api/schemas";
import { notFoundMemo } from "@/lib/hubspot/not-found-memo";
import { goalIdOf } from "@/lib/goals/goal-id";
import { goalFamily } from "./goal-family";
import { goalTarget } from "./goal-target";
import { type PageLoad, loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

export interface TargetPageAnswer {
  target: TargetResponse;
  /** The goal this target belongs to, when the record says. */
  goalId: string | null;
  /** Its goal, for the target's place on the goal's timeline; null when unavailable. */
  family: GoalFamilyResponse | null;
}

export interface TargetPageData {
  portalId: number;
  targetId: string;
  answer: PageLoad<TargetPageAnswer>;
  remembered: () => boolean;
  renderedAt: number;
}

/** The target page's data, once per request. A malformed id is a not-found page. */
export const targetPageData = cache(async (rawId: string): Promise<TargetPageData> => {
  const parsed = targetIdSchema.safeParse(rawId);
  if (!parsed.success) notFound();
  const targetId = parsed.data;
  const { portalId, ctx } = await pagePortal();
  const answer = await loadForPage(async () => {
    const target = await goalTarget(ctx, targetId);
    const goalId = goalIdOf(target);
    // The target stands on its own page even if its goal cannot be read right now.
    const family = goalId ? await goalFamily(ctx, goalId).catch(() => null) : null;
    return { target, goalId, family };
  }, ctx.requestId);
  return { portalId, targetId, answer, remembered: () => notFoundMemo().has(portalId, "target", targetId), renderedAt: Date.now() };
});
