/**
 * The choices a page's controls offer (its URL's values), apart from the maths that uses them: the
 * browser reads its URL state with these, and importing them from the maths' own modules brought
 * those modules (time-zone dates, buckets, standings) into every list page's first-load JS.
 */

/** Timeline date ranges. */
export const RANGE_PRESETS = ["this-month", "this-quarter", "this-year", "last-year", "custom"] as const;
/** Timeline period chart: rows grouped by team or by assignee, and people or teams. */
export const GROUPINGS = ["team", "assignee"] as const;
export const LEVELS = ["people", "teams"] as const;
/** Goal bars the timeline draws at first, and per "show more". */
export const GOAL_PAGE = 40;
/** What leaderboards rank by: attainment to date, or pace (percent of expected). */
export const RANK_BY = ["attainment", "pace"] as const;
/** Which periods a leaderboard across goals counts: those running now, or this (fiscal) quarter's or year's. */
export const SPANS = ["period", "quarter", "year"] as const;
