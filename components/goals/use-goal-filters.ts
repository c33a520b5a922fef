"use client";

import { parseAsArrayOf, parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import type { GoalFilters } from "@/lib/goals/filters";

const STATUSES = ["active", "upcoming", "ended"] as const;

/**
 * The goal filters, kept in the URL (`?q=…&team=…&status=active`), so a view can be shared by
 * copying its address. The goal list, the target list and the timeline read the same parameters.
 */
export const filterParsers = {
  q: parseAsString.withDefault(""),
  assignee: parseAsArrayOf(parseAsString).withDefault([]),
  team: parseAsArrayOf(parseAsString).withDefault([]),
  type: parseAsArrayOf(parseAsString).withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(STATUSES)).withDefault([]),
  date: parseAsString.withDefault(""),
  archived: parseAsBoolean.withDefault(false),
};

export function useGoalFilters() {
  const [state, setState] = useQueryStates(filterParsers, { history: "replace" });
  const filters: GoalFilters = useMemo(
    () => ({
      q: state.q || undefined,
      assignees: state.assignee.length ? state.assignee : undefined,
      teams: state.team.length ? state.team : undefined,
      types: state.type.length ? state.type : undefined,
      statuses: state.status.length ? [...state.status] : undefined,
      date: /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : undefined,
      // The archived switch shows archived goals instead of live ones, as HubSpot's list does.
      archived: state.archived,
    }),
    [state],
  );
  const active =
    Boolean(state.q) || state.assignee.length + state.team.length + state.type.length + state.status.length > 0 || Boolean(state.date) || state.archived;
  const reset = () => setState({ q: null, assignee: null, team: null, type: null, status: null, date: null, archived: null });
  return { state, setState, filters, active, reset };
}

export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  active: "Active now",
  upcoming: "Upcoming",
  ended: "Ended",
};
export { STATUSES };
