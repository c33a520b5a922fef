import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { CSV_BOM, toCsv } from "@/lib/goals/csv";
import type { RowWindow } from "@/lib/goals/views/answer";
import { goalCsvColumns, targetCsvColumns } from "@/lib/goals/views/csv";
import { type GoalListAnswer, goalListRows, goalListView } from "@/lib/goals/views/goal-list";
import { type FilterOptions, filterOptions, snapshotOf } from "@/lib/goals/views/portal";
import type { GoalListState, TargetListState, TimelineState } from "@/lib/goals/views/state";
import { type TargetListAnswer, targetListRows, targetListView } from "@/lib/goals/views/target-list";
import { type TimelineAnswer, timelineView } from "@/lib/goals/views/timeline";
import type { PortalContext } from "@/lib/hubspot";
import { DATASET_WAIT_MS } from "./goals-dataset";
import { heldPortal, viewMoment } from "./held-portal";

/**
 * The list pages' answers, computed on the server from the portal it holds: the rows of the window
 * the browser shows, the counts and the chart series, never the portal itself.
 */

export interface ViewAsk {
  /** The moment the browser's view started at (later windows of the same view). */
  at?: number;
  /** The goals the browser's view was computed over, while a cold load was still adding to them. */
  upTo?: number;
}

/** How long a request waits for a portal still being loaded before answering with what there is. */
export interface ViewWait {
  waitMs?: number;
}

async function held(ctx: PortalContext, archived: boolean, ask: ViewAsk & ViewWait) {
  const { load, model } = await heldPortal(ctx, archived, ask.waitMs ?? DATASET_WAIT_MS);
  return { load, model: snapshotOf(model, ask.upTo ?? null), at: viewMoment(ask.at) };
}

export async function goalListAnswer(ctx: PortalContext, state: GoalListState, window: RowWindow, ask: ViewAsk & ViewWait = {}): Promise<GoalListAnswer> {
  const { load, model, at } = await held(ctx, state.archived, ask);
  return goalListView(model, state, window, at, load);
}

export async function targetListAnswer(ctx: PortalContext, state: TargetListState, window: RowWindow, ask: ViewAsk & ViewWait = {}): Promise<TargetListAnswer> {
  const { load, model, at } = await held(ctx, state.archived, ask);
  return targetListView(model, state, window, at, load);
}

export async function timelineAnswer(ctx: PortalContext, state: TimelineState, ask: ViewAsk & ViewWait = {}): Promise<TimelineAnswer> {
  const { load, model, at } = await held(ctx, state.archived, ask);
  return timelineView(model, state, at, load);
}

/** What the filter menus offer; `complete` is false while a cold load may still add to it. */
export async function filterOptionsAnswer(ctx: PortalContext, archived: boolean): Promise<FilterOptions & { complete: boolean }> {
  const { load, model } = await heldPortal(ctx, archived, DATASET_WAIT_MS);
  return { ...filterOptions(model), complete: load.state === "ready" };
}

/** A CSV export of every row the view matches, in its order: a whole list, so only once the portal is loaded. */
async function exportable(ctx: PortalContext, archived: boolean, ask: ViewAsk) {
  const { load, model, at } = await held(ctx, archived, ask);
  if (load.state === "loading") {
    throw new AppError("UPSTREAM_BUSY", "Goalboard is still loading this portal from HubSpot; export once the list is complete.", { retryAfterSeconds: 5 });
  }
  return { model, at };
}

export async function goalListCsv(ctx: PortalContext, state: GoalListState, ask: ViewAsk): Promise<string> {
  const { model, at } = await exportable(ctx, state.archived, ask);
  return CSV_BOM + toCsv(goalCsvColumns(state), goalListRows(model, state, at));
}

export async function targetListCsv(ctx: PortalContext, state: TargetListState, ask: ViewAsk): Promise<string> {
  const { model, at } = await exportable(ctx, state.archived, ask);
  return CSV_BOM + toCsv(targetCsvColumns(model), targetListRows(model, state, at));
}
