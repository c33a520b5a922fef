import "server-only";
import type { PageLoad } from "@/lib/contracts/page-load";
import { leaderboardView, wallChoices } from "@/lib/goals/views/leaderboard";
import { type LeaderboardAnswer, leaderboardState, type LeaderboardState, type WallChoices } from "@/lib/goals/views/leaderboard-state";
import { readState, stateQuery } from "@/lib/goals/views/state";
import type { PortalContext } from "@/lib/hubspot";
import { DATASET_WAIT_MS } from "./goals-dataset";
import { heldPortal, viewMoment } from "./held-portal";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

/**
 * /leaderboard and the wallboard's setup, computed on the server from the portal it holds (as the
 * list views are): the browser receives the ranked rows and the choices, never the portal.
 */

/** How long the page waits for a portal the server does not hold yet before showing its progress. */
const PAGE_WAIT_MS = 250;

export async function leaderboardAnswer(ctx: PortalContext, state: LeaderboardState, waitMs = DATASET_WAIT_MS): Promise<LeaderboardAnswer> {
  const { load, model } = await heldPortal(ctx, false, waitMs);
  return leaderboardView(model, state, viewMoment(), load);
}

export async function wallChoicesAnswer(ctx: PortalContext): Promise<WallChoices> {
  const { load, model } = await heldPortal(ctx, false, DATASET_WAIT_MS);
  return wallChoices(model, viewMoment(), load);
}

export interface LeaderboardPageData {
  portalId: number;
  /** The state as its canonical query string: the React Query key part of its answer. */
  query: string;
  view: PageLoad<LeaderboardAnswer>;
}

/** /leaderboard for the URL's view: live goals only, ranked over the periods running now and just finished. */
export async function leaderboardPage(params: Record<string, string | string[] | undefined>): Promise<LeaderboardPageData> {
  const { portalId, ctx } = await pagePortal();
  const state = readState(leaderboardState, params);
  return { portalId, query: stateQuery(leaderboardState, state), view: await loadForPage(() => leaderboardAnswer(ctx, state, PAGE_WAIT_MS), ctx.requestId) };
}
