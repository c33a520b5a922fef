import "server-only";
import type { PortalContext } from "@/lib/hubspot";
import { WINDOW_ROWS } from "@/lib/goals/views/answer";
import { goalListState, readState, type StateOf, stateQuery, targetListState, timelineState, type ViewSchema } from "@/lib/goals/views/state";
import { goalListAnswer, targetListAnswer, timelineAnswer } from "./list-views";
import type { PageLoad } from "@/lib/contracts/page-load";
import { loadForPage } from "./page-load";
import { pagePortal } from "./page-portal";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * How long a list page waits for a portal the server does not hold yet. A cold portal takes
 * minutes to page through HubSpot; the page goes out at once with what has arrived and how far the
 * load has got, and the browser asks again while it runs.
 */
const PAGE_VIEW_WAIT_MS = 250;

export interface ListPageData<A> {
  portalId: number;
  /** The view's state as its canonical query string: the React Query key part of its answer. */
  query: string;
  view: PageLoad<A>;
}

async function listPage<S extends ViewSchema, A>(schema: S, params: SearchParams, answer: (ctx: PortalContext, state: StateOf<S>) => Promise<A>): Promise<ListPageData<A>> {
  const { portalId, ctx } = await pagePortal();
  const state = readState(schema, params);
  return { portalId, query: stateQuery(schema, state), view: await loadForPage(() => answer(ctx, state), ctx.requestId) };
}

/** The goal list's first window for the URL's view. */
export const goalListPage = (params: SearchParams) =>
  listPage(goalListState, params, (ctx, state) => goalListAnswer(ctx, state, { offset: 0, limit: WINDOW_ROWS }, { waitMs: PAGE_VIEW_WAIT_MS }));

/** /targets' first window for the URL's view. */
export const targetListPage = (params: SearchParams) =>
  listPage(targetListState, params, (ctx, state) => targetListAnswer(ctx, state, { offset: 0, limit: WINDOW_ROWS }, { waitMs: PAGE_VIEW_WAIT_MS }));

/** The timeline for the URL's view. */
export const timelinePage = (params: SearchParams) => listPage(timelineState, params, (ctx, state) => timelineAnswer(ctx, state, { waitMs: PAGE_VIEW_WAIT_MS }));
