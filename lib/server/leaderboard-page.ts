import "server-only";
import type { GoalsDataset } from "@/lib/contracts/goals";
import type { PageLoad } from "@/lib/contracts/page-load";
import { goalsDataset } from "./goals-dataset";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

/**
 * Up to this many targets the leaderboard's dataset travels inside the page (under 1 KB each), so
 * the board is in the first paint; a larger portal's would make the HTML the slow part, and the
 * browser fetches it from /api/goals instead.
 */
const INLINE_MAX_TARGETS = 2_000;

/** How long the page waits for a portal the server does not hold yet before showing its progress. */
const PAGE_WAIT_MS = 250;

export interface LeaderboardPageData {
  portalId: number;
  /** The live goals' dataset, or null where the browser fetches it itself. */
  dataset: PageLoad<GoalsDataset | null>;
  renderedAt: number;
}

/** /leaderboard ranks across every live goal of a type: the portal's whole dataset. */
export async function leaderboardPage(): Promise<LeaderboardPageData> {
  const { portalId, ctx } = await pagePortal();
  const dataset = await loadForPage(async () => {
    const answer = await goalsDataset(ctx, false, PAGE_WAIT_MS);
    return answer.status === "ready" && answer.targets.length > INLINE_MAX_TARGETS ? null : answer;
  }, ctx.requestId);
  return { portalId, dataset, renderedAt: Date.now() };
}
