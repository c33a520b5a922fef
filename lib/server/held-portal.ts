import "server-only";
import type { Target } from "@/lib/goals/model";
import type { LoadState } from "@/lib/goals/views/answer";
import { modelOf, type PortalData, type PortalModel } from "@/lib/goals/views/portal";
import type { PortalContext } from "@/lib/hubspot";
import { portalTargets, type Loaded } from "./goals-dataset";
import { toTargets } from "./to-targets";

/** What the views are computed from: the held model, or the part of it a cold load has so far. */
export interface Held {
  load: LoadState;
  model: PortalModel;
}

/**
 * Per held answer (the gateway's cached records, the directory and the account): the model every
 * view of the portal starts from, built once, not per request. A refreshed answer is a new array,
 * so its model is built anew and the old one goes with the old answer.
 */
const models = new WeakMap<readonly Target[], { loaded: Loaded; model: PortalModel }>();

function readyModel(ctx: PortalContext, loaded: Loaded): PortalModel {
  const [all, { directory, missingScopes }, account] = loaded;
  const { targets, skipped } = toTargets(all.records, ctx.portalId);
  const held = models.get(targets);
  // The names and the account are cached apart from the targets and may be refreshed on their own.
  if (held && held.loaded[1].directory === directory && held.loaded[2] === account) return held.model;
  const data: PortalData = { portalId: ctx.portalId, account, directory, missingScopes, targets, skipped, fetchedAt: all.fetchedAt };
  const model = modelOf(data);
  models.set(targets, { loaded, model });
  return model;
}

/** Stands in while nothing of the portal has arrived yet: no goals, nothing to name. */
function nothingYet(portalId: number): PortalModel {
  return modelOf({
    portalId,
    account: { portalId, timeZone: "UTC", currency: "USD", utcOffset: "+00:00", uiDomain: null },
    directory: { owners: [], users: [], teams: [] },
    missingScopes: [],
    targets: [],
    skipped: 0,
    fetchedAt: "",
  });
}

/**
 * The portal's targets as the server holds them (the gateway's per-portal cache: memory, or
 * Redis when shared), waiting at most `waitMs` for a load to finish; past that, the goals a
 * running load has completed so far.
 */
export async function heldPortal(ctx: PortalContext, archived: boolean, waitMs: number): Promise<Held> {
  const held = await portalTargets(ctx, archived, waitMs);
  if ("loaded" in held) return { load: { state: "ready" }, model: readyModel(ctx, held.loaded) };
  const progress = held.progress;
  return { load: { state: "loading", loaded: progress?.loaded ?? 0, total: progress?.total ?? null, goalsReady: 0 }, model: nothingYet(ctx.portalId) };
}

/** Figures are taken at whole minutes, so every request of the same minute shares the rows computed for it. */
const MINUTE = 60_000;
/** How far back a browser may keep asking at the moment its view started (later windows of one view). */
const MOMENT_KEPT_MS = 15 * MINUTE;

/** The moment a view's figures are taken at: the one the browser's view started at while recent, else now. */
export function viewMoment(asked?: number | null): number {
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  if (asked === undefined || asked === null || asked % MINUTE !== 0 || asked > now || now - asked > MOMENT_KEPT_MS) return now;
  return asked;
}
