"use client";

import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { GOAL_PAGE } from "@/lib/goals/timeline-bars";
import { GROUPINGS, LEVELS } from "@/lib/goals/timeline-periods";
import { RANGE_PRESETS } from "@/lib/goals/timeline-range";

export const BUCKET_SIZES = ["week", "month", "quarter"] as const;

/**
 * The timeline's own view state, in the URL next to the goal list's filter parameters, so a copied
 * address opens the same range, grouping, periods, goal type and expanded goals.
 */
export const timelineParsers = {
  range: parseAsStringLiteral(RANGE_PRESETS).withDefault("this-year"),
  from: parseAsString.withDefault(""),
  to: parseAsString.withDefault(""),
  group: parseAsStringLiteral(GROUPINGS).withDefault("team"),
  bucket: parseAsStringLiteral(BUCKET_SIZES).withDefault("month"),
  /** Goal type the period chart adds up; empty means the default (first money goal type). */
  measure: parseAsString.withDefault(""),
  /** People's targets or team goals; the chart falls back to the level the goal type has. */
  level: parseAsStringLiteral(LEVELS).withDefault("people"),
  open: parseAsArrayOf(parseAsString).withDefault([]),
  /** Goal bars drawn; grows by a page with "show more". */
  goals: parseAsInteger.withDefault(GOAL_PAGE),
};

export function useTimelineView() {
  return useQueryStates(timelineParsers, { history: "replace" });
}

export type TimelineView = ReturnType<typeof useTimelineView>[0];
export type SetTimelineView = ReturnType<typeof useTimelineView>[1];
