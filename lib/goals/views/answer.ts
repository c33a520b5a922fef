import type { Account } from "../model";
import type { Standing } from "../standing";
import type { PortalModel } from "./portal";

/**
 * What every view answer carries besides its rows: whose portal, at which moment its figures were
 * taken, how far the portal's load has got, and how to print amounts and dates.
 */

/** Rows per window: a screenful or two; the browser asks for the windows it scrolls to. */
export const WINDOW_ROWS = 50;
/** The largest window one request may ask for. */
export const MAX_WINDOW_ROWS = 200;

export type LoadState =
  | { state: "ready" }
  | {
      /** The portal is still being paged from HubSpot: the view shows the goals complete so far. */
      state: "loading";
      /** Targets received, and how many HubSpot says there are (unknown before its first answer). */
      loaded: number;
      total: number | null;
      /** Goals whose targets have all arrived: the views show these. */
      goalsReady: number;
    };

export interface ViewBase {
  portalId: number;
  /** The moment (epoch ms) the figures are taken at; the browser asks for later windows at the same one. */
  at: number;
  load: LoadState;
  /**
   * Goals the answer was computed over (a prefix of the load order while loading): the browser
   * asks for more windows of the same list with this, so rows never shift under the reader.
   */
  upTo: number;
  account: Pick<Account, "timeZone" | "currency">;
  missingScopes: string[];
  /** The portal (or its archive) has no goals (so far): an empty portal rather than a filter that matched nothing. */
  empty: boolean;
}

/** A standing's figures as a row shows them: without the targets it covers. */
export type Figures = Omit<Standing, "covered" | "leftOut">;

export function figuresOf(standing: Standing): Figures {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { covered, leftOut, ...figures } = standing;
  return figures;
}

export interface RowWindow {
  offset: number;
  limit: number;
}

export function viewBase(model: PortalModel, at: number, load: LoadState): ViewBase {
  return {
    portalId: model.data.portalId,
    at,
    load,
    upTo: model.loadOrder.length,
    account: { timeZone: model.data.account.timeZone, currency: model.data.account.currency },
    missingScopes: model.data.missingScopes,
    empty: model.loadOrder.length === 0,
  };
}
