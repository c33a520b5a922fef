"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { readState, stateQuery, stateToRaw, type StateOf, type ViewSchema } from "@/lib/goals/views/state";

/**
 * A list view's state, kept in the URL. The URL only carries text here; what it means is read by
 * the same parameters the server reads the page's address with (lib/goals/views/state.ts), so the
 * browser and the server always agree on the view, and on the React Query key of its answer.
 */
export function useViewState<S extends ViewSchema>(schema: S) {
  const parsers = useMemo(() => Object.fromEntries(Object.keys(schema).map((key) => [key, parseAsString])), [schema]);
  const [raw, setRaw] = useQueryStates(parsers, { history: "replace" });
  const state = useMemo(() => readState(schema, Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null)) as Record<string, string>), [schema, raw]);
  const query = useMemo(() => stateQuery(schema, state), [schema, state]);
  const set = useCallback((patch: Partial<StateOf<S>>) => void setRaw(stateToRaw(schema, patch)), [schema, setRaw]);
  return { state, query, set };
}
