import "server-only";
import type { Goal } from "@/lib/goals/goal";
import type { Target } from "@/lib/goals/model";
import type { LoadState } from "@/lib/goals/views/answer";
import { type Arrived, extendArrived, type LoadEnd, modelOf, NOTHING_ARRIVED, type PortalData, type PortalModel } from "@/lib/goals/views/portal";
import type { Ends, LoadProgress, PortalContext } from "@/lib/hubspot";
import { processSingleton } from "@/lib/process-singleton";
import { metaFor, portalTargets, type Loaded } from "./goals-dataset";
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

/** The names and the account are small (a few KB): comparing their text is cheaper than any rebuild. */
const sameContent = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function readyModel(ctx: PortalContext, loaded: Loaded): PortalModel {
  const [all, { directory, missingScopes }, account] = loaded;
  const { targets, skipped } = toTargets(all.records, ctx.portalId);
  const held = models.get(targets);
  // The names and the account are cached apart from the targets and refreshed on their own, every
  // 30 s while someone looks: a refresh that changed nothing keeps the model and every view's memo
  // on it (at 100,003 targets a new model costs 0.5-1 s of grouping, then every order again).
  if (held && sameContent(held.loaded[1], loaded[1]) && sameContent(held.loaded[2], account)) return held.model;
  const data: PortalData = { portalId: ctx.portalId, account, directory, missingScopes, targets, skipped, fetchedAt: all.fetchedAt };
  const model = modelOf(data);
  models.set(targets, { loaded, model });
  return model;
}

interface RunningLoad {
  /** The load's records from each end (the arrays grow in place) and how many of each are converted. */
  ends: Ends;
  counts: Record<LoadEnd, number>;
  arrived: Arrived;
  /** The targets of the complete goals, in arrival order. */
  kept: readonly Target[];
  skipped: number;
  model: PortalModel;
}

/** The model of each running load, per portal and scope, extended only when more records have arrived. */
const partials = processSingleton("partial-models", () => new Map<string, RunningLoad>());

const NOTHING_YET: Ends = { low: [], high: [] };

/** What a running cold load has so far, as a model of the goals complete in it (goalsCompleteSoFar). */
async function partialModel(ctx: PortalContext, key: string, progress: LoadProgress | undefined): Promise<PortalModel> {
  const ends = progress ?? NOTHING_YET;
  let held = partials.get(key);
  const sameLoad = held?.ends.low === ends.low;
  if (held && sameLoad && held.counts.low === ends.low.length && held.counts.high === ends.high.length) return held.model;
  // Names and account are read once per load: a load of minutes outlives their cache, and each
  // poll refreshing them cost 20 extra look-up calls in the bench's 100,000-target cold load.
  if (!held || !sameLoad) {
    const meta = await metaFor(ctx);
    held = { ends, counts: { low: 0, high: 0 }, arrived: NOTHING_ARRIVED, kept: [], skipped: 0, model: modelOf({ ...meta, targets: [], skipped: 0, fetchedAt: "" }) };
  }
  const { portalId, account, directory, missingScopes } = held.model.data;
  // Only the records new since the last model are converted (about 15 µs each), and grouped.
  let arrived = held.arrived;
  let skipped = held.skipped;
  const counts = { low: ends.low.length, high: ends.high.length };
  for (const end of ["low", "high"] as const) {
    const added = toTargets(ends[end].slice(held.counts[end], counts[end]), portalId);
    skipped += added.skipped;
    arrived = extendArrived(arrived, added.targets, end);
  }
  const before = held.arrived.complete;
  const extended = before.every((goal, i) => arrived.complete[i] === goal);
  const whole = arrived.complete.slice(before.length);
  const targetsOf = (goals: readonly Goal[]) => goals.flatMap((goal) => goal.schedules.flatMap((schedule) => schedule.targets));
  const kept = !extended ? targetsOf(arrived.complete) : whole.length > 0 ? [...held.kept, ...targetsOf(whole)] : held.kept;
  const same = extended && whole.length === 0 && skipped === held.skipped;
  const model = same ? held.model : modelOf({ portalId, account, directory, missingScopes, targets: kept, skipped, fetchedAt: "" }, arrived.complete);
  partials.set(key, { ends, counts, arrived, kept, skipped, model });
  return model;
}

/**
 * A view asked for while a cold load has no goal whole yet waits up to this long for the first
 * one (HubSpot's first page, a few hundred ms), so the page shows goals rather than an empty
 * loading state the browser polls 0.7 s later. Cold /goals at 100,003 targets, first goals on
 * screen: 1.70x the bare page with this and the incremental grouping (3.79x before; bench section 1).
 */
const FIRST_GOAL_WAIT_MS = 3_000;
const FIRST_GOAL_POLL_MS = 50;

/**
 * The portal's targets as the server holds them (the gateway's per-portal cache: memory, or
 * Redis when shared), waiting at most `waitMs` for a load to finish; past that, the goals a
 * running load has completed so far (once it has completed one, or FIRST_GOAL_WAIT_MS passed).
 */
export async function heldPortal(ctx: PortalContext, archived: boolean, waitMs: number): Promise<Held> {
  const key = `${ctx.portalId}|${archived}`;
  const firstGoalBy = Date.now() + Math.max(waitMs, FIRST_GOAL_WAIT_MS);
  for (let wait = waitMs; ; wait = FIRST_GOAL_POLL_MS) {
    const held = await portalTargets(ctx, archived, wait);
    if ("loaded" in held) {
      partials.delete(key);
      return { load: { state: "ready" }, model: readyModel(ctx, held.loaded) };
    }
    const progress = held.progress;
    const model = await partialModel(ctx, key, progress);
    if (model.loadOrder.length > 0 || Date.now() >= firstGoalBy) {
      return { load: { state: "loading", loaded: progress?.loaded ?? 0, total: progress?.total ?? null, goalsReady: model.loadOrder.length }, model };
    }
  }
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
