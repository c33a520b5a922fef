import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { GoalFamilyResponse, TargetResponse } from "@/lib/contracts/goals";
import { goalIdOf, isRecordId } from "@/lib/goals/ids";
import { notFoundMemo } from "@/lib/hubspot";
import { goalFamily } from "./goal-family";
import { goalTarget } from "./goal-target";
import type { PageLoad } from "@/lib/contracts/page-load";
import { loadForPage } from "./page-load";
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
  if (!isRecordId(rawId)) notFound();
  const targetId = rawId;
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
