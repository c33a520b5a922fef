import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import type { DatasetMeta, GoalsDataset } from "@/lib/contracts/goals";
import { MODEL_PROPERTIES } from "@/lib/goals/parse-target";
import { serverEnv } from "@/lib/env";
import { getAccount, GOALS_READ, loadDirectory, loadPortalTargets, loadProgress, type LoadProgress, perCallDeadline, type PortalContext, requireScope } from "@/lib/hubspot";
import { isSessionExpired, LoadTokens } from "./load-tokens";
import { toTargets } from "./to-targets";

/** How long an API request waits for a full load before answering with progress instead. */
export const DATASET_WAIT_MS = 1500;

const FAILURE_KEPT_MS = 60_000;
/**
 * A finished load is kept for the poll that follows the request that started it (the browser asks
 * again 0.7 s later), not for whoever asks next: minutes later it would be served as if just read,
 * whatever the cache's freshness (with the cache off, a page reloaded after HubSpot started failing
 * showed the old goals).
 */
const FINISHED_KEPT_MS = 10_000;

export type Loaded = Awaited<ReturnType<typeof loadPortalTargets>>;

interface RunningLoad {
  load: Promise<Loaded>;
  tokens: LoadTokens;
}

/** Loads running, or finished after the request that started them answered (kept for the next poll). */
const pending = processSingleton("dataset-loads", () => new Map<string, RunningLoad>());

/**
 * A large portal's load outlives the request that starts it (the browser polls for it), so each of
 * its HubSpot calls gets the API deadline from its own start rather than from the request's, and
 * the sign-in of whoever still waits for it rather than only its starter's (LoadTokens).
 */
function loadEverything(requestCtx: PortalContext, archived: boolean): RunningLoad {
  const tokens = new LoadTokens(requestCtx);
  const ctx = perCallDeadline({ ...requestCtx, accessToken: (rejected) => tokens.accessToken(rejected) }, serverEnv().API_DEADLINE_MS);
  return { load: loadPortalTargets(ctx, archived, MODEL_PROPERTIES), tokens };
}

export async function metaFor(ctx: PortalContext): Promise<Omit<DatasetMeta, "fetchedAt" | "skipped">> {
  const [{ directory, missingScopes }, account] = await Promise.all([loadDirectory(ctx), getAccount(ctx)]);
  return { portalId: ctx.portalId, account, directory, missingScopes };
}

/**
 * The portal's goal targets with their names and account, or, while a large portal is still being
 * paged (longer than `waitMs`), how far it has got: the load goes on without the request, and the
 * next request finds it. A load that failed in the background reports its failure to the next.
 */
export async function portalTargets(ctx: PortalContext, archived: boolean, waitMs: number): Promise<{ loaded: Loaded } | { progress: LoadProgress | undefined }> {
  // Checked here too: a load another user of the portal started must not serve a user without the scope.
  requireScope(ctx, GOALS_READ);
  const key = `${ctx.portalId}|${archived}`;
  let running = pending.get(key);
  if (running) running.tokens.add(ctx);
  else {
    running = loadEverything(ctx, archived);
    keepPending(key, running);
  }
  const { load } = running;
  const forget = () => pending.get(key) === running && pending.delete(key);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  let loaded: Loaded | null;
  try {
    loaded = await Promise.race([load, wait]);
  } catch (error) {
    forget();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (loaded) {
    forget();
    return { loaded };
  }
  return { progress: loadProgress(ctx.portalId, archived) };
}

/**
 * Held from its start, so that every request meanwhile joins it (and lends it its sign-in), and a
 * while after it ends, for the poll that follows. A failed load is kept a little longer in case
 * nobody asks (dropped at once, each poll would start a new load and the page would show
 * "loading" for as long as HubSpot keeps failing), except when it ran out of sign-ins: whoever
 * asks next starts a new one with their own.
 */
function keepPending(key: string, running: RunningLoad): void {
  pending.set(key, running);
  const dropAfter = (ms: number) => void setTimeout(() => pending.get(key) === running && pending.delete(key), ms).unref?.();
  running.load.then(
    () => dropAfter(FINISHED_KEPT_MS),
    (error: unknown) => dropAfter(isSessionExpired(error) ? 0 : FAILURE_KEPT_MS),
  );
}

/**
 * The public `GET /api/goals`: every goal target of the portal with everything needed to show
 * them, or "loading, 1,400 of 10,000" while a large portal is still being paged.
 */
export async function goalsDataset(ctx: PortalContext, archived: boolean, waitMs = DATASET_WAIT_MS): Promise<GoalsDataset> {
  const held = await portalTargets(ctx, archived, waitMs);
  if ("progress" in held) return { status: "loading", portalId: ctx.portalId, loaded: held.progress?.loaded ?? 0, total: held.progress?.total ?? null };
  const [all, { directory, missingScopes }, account] = held.loaded;
  const { targets, skipped } = toTargets(all.records, ctx.portalId);
  return { status: "ready", portalId: ctx.portalId, account, directory, missingScopes, fetchedAt: all.fetchedAt, skipped, targets };
}
