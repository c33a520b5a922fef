"use client";

import { createParser, createSerializer, parseAsString, useQueryStates } from "nuqs";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" or nothing: a hand-edited link with another shape is ignored, not an error. */
const parseAsDay = createParser({
  parse: (value: string) => (DAY.test(value) ? value : null),
  serialize: (value: string) => value,
});

export const goalViewParsers = {
  /** Assignee key such as "owner:123"; absent means everyone. */
  assignee: parseAsString,
  from: parseAsDay,
  to: parseAsDay,
};

/**
 * The goal page's view lives in the URL, so a pasted link shows the same assignee and dates.
 * `replace` keeps Back meaning "the page before", not "the previous date I typed".
 */
export function useGoalViewState() {
  return useQueryStates(goalViewParsers, { history: "replace" });
}

/** A goal page link with its view preselected, built from the parsers above so the two never drift apart. */
export const goalViewUrl = createSerializer(goalViewParsers);
