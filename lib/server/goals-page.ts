import "server-only";
import type { GoalsDataset } from "@/lib/contracts/goals";
import { TARGET_PROPERTIES } from "@/lib/goals/parse-target";
import { holdsAllGoalTargets, loadAllGoalTargets } from "@/lib/hubspot";
import { goalsDataset } from "./goals-dataset";
import { pagePortal } from "./page-portal";

/**
 * Up to this many targets the dataset travels inside the page (under 1 KB each with its HTML), so
 * the list is in the first paint. A larger portal's dataset would make the HTML itself the slow
 * part; its list comes through the API beside the page's JS, as before.
 */
export const INLINE_MAX_TARGETS = 2_000;

/** How long the page waits for answers the server holds (memory, or Redis when shared). */
const AT_HAND_MS = 20;

export interface GoalsPageData {
  portalId: number;
  archived: boolean;
  /** The dataset when the server holds it and it is small enough to inline; else null. */
  dataset: Extract<GoalsDataset, { status: "ready" }> | null;
  renderedAt: number;
}

function atHand<T>(load: Promise<T>): Promise<T | undefined> {
  // A failure reaches the browser when it asks through the API; the page just renders without data.
  load.catch(() => undefined);
  return Promise.race([load, new Promise<undefined>((resolve) => setTimeout(resolve, AT_HAND_MS))]);
}

/**
 * The goal list's first paint. The page never calls HubSpot itself: when the portal's targets are
 * not held yet, it renders the loading state and the browser's poll of /api/goals loads them, as
 * before. Their number is checked on the raw records, so a large portal pays no conversion here.
 */
export async function goalsPageData(archived: boolean): Promise<GoalsPageData> {
  const { portalId, ctx } = await pagePortal();
  const renderedAt = Date.now();
  const none = { portalId, archived, dataset: null, renderedAt };
  const held = await holdsAllGoalTargets(portalId, archived, TARGET_PROPERTIES).catch(() => false);
  if (!held) return none;
  const all = await atHand(loadAllGoalTargets(ctx, archived, TARGET_PROPERTIES)).catch(() => undefined);
  if (!all || all.records.length > INLINE_MAX_TARGETS) return none;
  const dataset = await goalsDataset(ctx, archived, AT_HAND_MS).catch(() => null);
  return { ...none, dataset: dataset?.status === "ready" ? dataset : null };
}
