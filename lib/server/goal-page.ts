import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { GoalFamilyResponse } from "@/lib/contracts/goals";
import { isGoalId } from "@/lib/goals/ids";
import { groupGoals } from "@/lib/goals/group";
import { goalRememberedMissing } from "@/lib/hubspot";
import { goalOf } from "@/lib/goals/goal-view";
import { goalPageView } from "@/lib/goals/views/goal-page";
import { type GoalPageAnswer, goalPageState, type GoalPageState } from "@/lib/goals/views/goal-page-state";
import { readState, stateQuery } from "@/lib/goals/views/state";
import type { PortalContext } from "@/lib/hubspot";
import { goalFamily } from "./goal-family";
import type { PageLoad } from "@/lib/contracts/page-load";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

export interface GoalPageData {
  portalId: number;
  goalId: string;
  family: PageLoad<GoalFamilyResponse>;
  /** Has HubSpot just said this goal is missing (so the proxy answers 404 when asked again)? */
  remembered: () => boolean;
  renderedAt: number;
}

/** The goal page's data, once per request. A malformed id is a not-found page. */
export const goalPageData = cache(async (rawId: string): Promise<GoalPageData> => {
  if (!isGoalId(rawId)) notFound();
  const goalId = rawId;
  const { portalId, ctx } = await pagePortal();
  const family = await loadForPage(() => goalFamily(ctx, goalId), ctx.requestId);
  return { portalId, goalId, family, remembered: () => goalRememberedMissing(portalId, goalId), renderedAt: Date.now() };
});

/** The goal's name, for the page's title. */
export function goalName(family: GoalFamilyResponse, goalId: string): string | null {
  return goalOf(groupGoals(family.targets), goalId)?.name ?? null;
}

/** The goal page's answer for a view state: computed from the goal's family, which the gateway caches. */
export async function goalPageAnswer(ctx: PortalContext, goalId: string, state: GoalPageState): Promise<GoalPageAnswer> {
  return goalPageView(ctx.portalId, await goalFamily(ctx, goalId), goalId, state, Date.now());
}

/** The view a page's address asks for, from the family the page loaded, and its state as the query-key text. */
export function goalPageViewFor(page: GoalPageData, family: GoalFamilyResponse, params: Record<string, string | string[] | undefined>) {
  const state = readState(goalPageState, params);
  return { query: stateQuery(goalPageState, state), answer: goalPageView(page.portalId, family, page.goalId, state, page.renderedAt) };
}
