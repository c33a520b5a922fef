import { z } from "zod";
import { MAX_WINDOW_ROWS, WINDOW_ROWS } from "@/lib/goals/views/answer";
import { goalPageState } from "@/lib/goals/views/goal-page-state";
import { leaderboardState } from "@/lib/goals/views/leaderboard-state";
import { goalListState, type StateOf, targetListState, timelineState, type ViewSchema } from "@/lib/goals/views/state";

/**
 * The view API's query: the view's URL state (read as the page reads it) plus which window of rows,
 * at which moment, over which goals. An unknown parameter or a window out of bounds is a 400.
 */

const whole = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, `${name} must be a whole number.`)
    .transform(Number)
    .pipe(z.number().max(max, `${name} must be at most ${max}.`));

const ask = {
  at: whole("at", Number.MAX_SAFE_INTEGER).optional(),
  upTo: whole("upTo", 10_000_000).optional(),
};

const window = {
  offset: whole("offset", 10_000_000).optional().default(0),
  limit: whole("limit", MAX_WINDOW_ROWS)
    .pipe(z.number().min(1, "limit must be at least 1."))
    .optional()
    .default(WINDOW_ROWS),
};

/** A view's URL parameters as zod fields: a size the page would drop is a 400 here; a missing value is its default. */
function stateFields<S extends ViewSchema>(schema: S): { [K in keyof S]: z.ZodType<StateOf<S>[K]> } {
  const field = ([key, param]: [string, ViewSchema[string]]) => [
    key,
    z
      .string()
      .superRefine((raw, ctx) => {
        const why = param.refuse(raw, key);
        if (why) ctx.addIssue({ code: "custom", message: why });
      })
      .optional()
      .transform((raw) => (raw === undefined ? param.fallback : param.read(raw))),
  ];
  return Object.fromEntries(Object.entries(schema).map(field)) as { [K in keyof S]: z.ZodType<StateOf<S>[K]> };
}

const goalFields = stateFields(goalListState);
const targetFields = stateFields(targetListState);
const timelineFields = stateFields(timelineState);

const unknownKey = { error: (issue: { code: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys?.[0]}".` : undefined) };

/** Splits a parsed view query into the view's state, the window and the rest. */
function viewParts<Q extends { offset?: number; limit?: number; at?: number; upTo?: number }>(query: Q) {
  const { offset, limit, at, upTo, ...state } = query;
  return { state, window: { offset: offset ?? 0, limit: limit ?? WINDOW_ROWS }, ask: { at, upTo } };
}

export const goalListQuery = z.strictObject({ ...goalFields, ...ask, ...window }, unknownKey).transform(viewParts);
export const goalExportQuery = z.strictObject({ ...goalFields, ...ask }, unknownKey).transform(viewParts);
export const targetListQuery = z.strictObject({ ...targetFields, ...ask, ...window }, unknownKey).transform(viewParts);
export const targetExportQuery = z.strictObject({ ...targetFields, ...ask }, unknownKey).transform(viewParts);
export const timelineQuery = z.strictObject({ ...timelineFields, ...ask }, unknownKey).transform(viewParts);

export const leaderboardQuery = z.strictObject(stateFields(leaderboardState), unknownKey);
export const goalPageQuery = z.strictObject(stateFields(goalPageState), unknownKey);
