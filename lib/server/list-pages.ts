import "server-only";
import { WINDOW_ROWS } from "@/lib/goals/views/answer";
import { goalListState, readState, stateQuery, targetListState, timelineState } from "@/lib/goals/views/state";
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

async function listPage<S, A>(read: () => { state: S; query: string }, answer: (ctx: Awaited<ReturnType<typeof pagePortal>>["ctx"], state: S) => Promise<A>): Promise<ListPageData<A>> {
  const { portalId, ctx } = await pagePortal();
  const { state, query } = read();
  return { portalId, query, view: await loadForPage(() => answer(ctx, state), ctx.requestId) };
}

/** The goal list's first window for the URL's view. */
export function goalListPage(params: SearchParams) {
  return listPage(
    () => {
      const state = readState(goalListState, params);
      return { state, query: stateQuery(goalListState, state) };
    },
    (ctx, state) => goalListAnswer(ctx, state, { offset: 0, limit: WINDOW_ROWS }, { waitMs: PAGE_VIEW_WAIT_MS }),
  );
}

/** /targets' first window for the URL's view. */
export function targetListPage(params: SearchParams) {
  return listPage(
    () => {
      const state = readState(targetListState, params);
      return { state, query: stateQuery(targetListState, state) };
    },
    (ctx, state) => targetListAnswer(ctx, state, { offset: 0, limit: WINDOW_ROWS }, { waitMs: PAGE_VIEW_WAIT_MS }),
  );
}

/** The timeline for the URL's view. */
export function timelinePage(params: SearchParams) {
  return listPage(
    () => {
      const state = readState(timelineState, params);
      return { state, query: stateQuery(timelineState, state) };
    },
    (ctx, state) => timelineAnswer(ctx, state, { waitMs: PAGE_VIEW_WAIT_MS }),
  );
}
