/**
 * What the browser figures watch on each page, in one place: when a page's markup changes, change
 * it here. Each is something a user sees (rows, the count line, the search box), never the data's
 * route, so a figure keeps measuring the same thing whatever way the page gets its data.
 */

export interface WatchedPage {
  label: string;
  path: string;
  /** The page shows its whole answer when each of these has a visible element and nothing below is loading. */
  shown: readonly string[];
}

/** Shown while the portal is still being read from HubSpot. */
export const LOADING = '[data-testid="loading-progress"]';

/** The dashboard page with no client code of its own: what any dashboard page costs anyway. */
export const BARE_PAGE: WatchedPage = { label: "/help", path: "/help", shown: ["main h1"] };

/** The pages whose payload and work grow with the portal today. */
export const LIST_PAGES: readonly WatchedPage[] = [
  { label: "/goals", path: "/goals", shown: ['[data-testid="goal-count"]', '[data-testid="goal-row"]'] },
  { label: "/timeline", path: "/timeline", shown: ['[data-testid="gantt-count"]', '[data-testid="gantt-goal-row"]'] },
  { label: "/targets", path: "/targets", shown: ['[data-testid="target-count"]', '[data-testid="target-row"]'] },
];

export const GOAL_LIST = LIST_PAGES[0];

/** The goal list's controls, for the filter and sort figures. */
export const GOAL_LIST_CONTROLS = {
  /** A goal row; its first one on screen shows that goals are there, cold or warm. */
  row: '[data-testid="goal-row"]',
  /** Attribute naming a row's goal: the first row's changes when a sort reorders the list. */
  rowKey: "data-goal-id",
  /** Its text changes when a filter changes what is shown. */
  count: '[data-testid="goal-count"]',
  search: "#goal-search",
  /** Typed into the search box: matches some goals of both portals, not all. */
  filterQuery: "revenue",
  /** The first sortable column's button (the goal name): one click reverses the default order. */
  sortButton: '[data-testid="goal-table"] thead th[aria-sort] button',
} as const;
