import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import type { DatasetMeta, GoalsDataset } from "@/lib/contracts/goals";
import { TARGET_PROPERTIES } from "@/lib/goals/parse-target";
import { serverEnv } from "@/lib/env";
import { getAccount, GOALS_READ, loadAllGoalTargets, loadDirectory, loadProgress, perCallDeadline, type PortalContext, requireScope } from "@/lib/hubspot";
import { toTargets } from "./to-targets";

/** How long a request waits for a full load before answering with progress instead. */
export const DATASET_WAIT_MS = 1500;

const FAILURE_KEPT_MS = 60_000;

type Loaded = Awaited<ReturnType<typeof loadEverything>>;

/** Loads started by one request and finished after it answered, kept for the next poll. */
const pending = processSingleton("dataset-loads", () => new Map<string, Promise<Loaded>>());

/**
 * A large portal's load outlives the request that starts it (the browser polls for it), so each of
 * its HubSpot calls gets the API deadline from its own start rather than from the request's.
 */
function loadEverything(requestCtx: PortalContext, archived: boolean) {
  const ctx = perCallDeadline(requestCtx, serverEnv().API_DEADLINE_MS);
  return Promise.all([loadAllGoalTargets(ctx, archived, TARGET_PROPERTIES), loadDirectory(ctx), getAccount(ctx)]);
}

export async function metaFor(ctx: PortalContext): Promise<Omit<DatasetMeta, "fetchedAt" | "skipped">> {
  const [{ directory, missingScopes }, account] = await Promise.all([loadDirectory(ctx), getAccount(ctx)]);
  return { portalId: ctx.portalId, account, directory, missingScopes };
}

/**
 * The portal's goal targets with everything needed to show them. A large portal takes a while to
 * page through; rather than holding the browser, answer "loading, 1,400 of 10,000" and let it poll.
 */
export async function goalsDataset(ctx: PortalContext, archived: boolean, waitMs = DATASET_WAIT_MS): Promise<GoalsDataset> {
  // Checked here too: a load another user of the portal started must not serve a user without the scope.
  requireScope(ctx, GOALS_READ);
  const key = `${ctx.portalId}|${archived}`;
  const load = pending.get(key) ?? loadEverything(ctx, archived);
  const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref?.());
  let loaded: Loaded | null;
  try {
    loaded = await Promise.race([load, timer]);
  } catch (error) {
    pending.delete(key);
    throw error;
  }
  if (!loaded) {
    pending.set(key, load);
    // A load that fails in the background keeps its failure for the next poll to report (a little
    // while, in case nobody asks): dropped at once, each poll would start a new load and the page
    // would show "loading" for as long as HubSpot keeps failing.
    load.catch(() => setTimeout(() => pending.get(key) === load && pending.delete(key), FAILURE_KEPT_MS).unref?.());
    const progress = loadProgress(ctx.portalId, archived);
    return { status: "loading", portalId: ctx.portalId, loaded: progress?.loaded ?? 0, total: progress?.total ?? null };
  }
  pending.delete(key);
  const [all, { directory, missingScopes }, account] = loaded;
  const { targets, skipped } = toTargets(all.records, ctx.portalId);
  return { status: "ready", portalId: ctx.portalId, account, directory, missingScopes, fetchedAt: all.fetchedAt, skipped, targets };
}
