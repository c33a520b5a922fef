import { z } from "zod";
import type { GoalFilters } from "../filters";
import type { PeriodStatus } from "../periods";
import { AT_RISK_THRESHOLD } from "../projection";
import { GOAL_SORT_KEYS, TARGET_SORT_KEYS } from "../sort";
import { GOAL_PAGE } from "../timeline-bars";
import { GROUPINGS, LEVELS } from "../timeline-periods";
import { RANGE_PRESETS } from "../timeline-range";

/**
 * The state of each list view as its URL holds it (`?q=revenue&status=active&sort=pace`), read the
 * same way by the page's server render and by the view API, so a link always shows the same rows.
 * A value a person edited into a link that cannot be read falls back to its default, as the page's
 * own controls would show it; only sizes are refused (a 400 from the API).
 */

export const PERIOD_STATUSES = ["active", "upcoming", "ended"] as const satisfies readonly PeriodStatus[];
export const DIRECTIONS = ["asc", "desc"] as const;
export const BUCKET_SIZES = ["week", "month", "quarter"] as const;

/** Longest search text and longest list a view state may hold. */
export const MAX_TEXT = 200;
export const MAX_LIST = 100;

const text = (name: string) => z.string().max(MAX_TEXT, `${name} is at most ${MAX_TEXT} characters.`);

/** A comma-separated list, as the page's controls write it (`assignee=owner:1,owner:2`). */
const list = (name: string, keep: (item: string) => boolean = () => true) =>
  z
    .string()
    .max(MAX_LIST * 80, `${name} is too long.`)
    .transform((raw) => [...new Set(raw.split(",").map((item) => item.trim()).filter((item) => item !== "" && keep(item)))])
    .pipe(z.array(z.string()).max(MAX_LIST, `${name} holds at most ${MAX_LIST} values.`));

const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  z
    .string()
    .max(MAX_TEXT)
    .transform((raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : fallback));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (name: string) => text(name).transform((raw) => (DAY.test(raw) ? raw : ""));
const flag = z.string().max(MAX_TEXT).transform((raw) => raw === "true");

/** The goal-list filters every list page shares. */
const filterShape = {
  q: text("q").default(""),
  assignee: list("assignee").default([]),
  team: list("team").default([]),
  type: list("type").default([]),
  status: list("status", (item) => (PERIOD_STATUSES as readonly string[]).includes(item)).default([]),
  date: day("date").default(""),
  archived: flag.default(false),
};

const DEFAULT_RISK_PERCENT = Math.round(AT_RISK_THRESHOLD * 100);

const goalListShape = {
  ...filterShape,
  /** The at-risk threshold in whole percent (`risk=85`): a projected attainment below it is flagged. */
  risk: z
    .string()
    .max(9)
    .transform((raw) => (/^\d{1,3}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 100 ? Number(raw) : DEFAULT_RISK_PERCENT))
    .default(DEFAULT_RISK_PERCENT),
  /** Only the goals the threshold flags. */
  atRisk: flag.default(false),
  sort: oneOf(GOAL_SORT_KEYS, "name").default("name"),
  dir: oneOf(DIRECTIONS, "asc").default("asc"),
  /** Expanded goals: each shows a line per assignee. */
  open: list("open").default([]),
};

const targetListShape = {
  ...filterShape,
  sort: oneOf(TARGET_SORT_KEYS, "start").default("start"),
  dir: oneOf(DIRECTIONS, "asc").default("asc"),
};

const timelineShape = {
  ...filterShape,
  range: oneOf(RANGE_PRESETS, "this-year").default("this-year"),
  from: day("from").default(""),
  to: day("to").default(""),
  group: oneOf(GROUPINGS, "team").default("team"),
  bucket: oneOf(BUCKET_SIZES, "month").default("month"),
  /** Goal type the period chart adds up; empty: the default (the first money goal type). */
  measure: text("measure").default(""),
  level: oneOf(LEVELS, "people").default("people"),
  open: list("open").default([]),
  /** Goal bars drawn: a page, more after "show more". */
  goals: z
    .string()
    .max(9)
    .transform((raw) => (/^\d+$/.test(raw) && Number(raw) > 0 ? Math.min(Number(raw), 100_000) : GOAL_PAGE))
    .default(GOAL_PAGE),
};

export const goalListState = z.object(goalListShape);
export const targetListState = z.object(targetListShape);
export const timelineState = z.object(timelineShape);

export type FilterState = z.output<z.ZodObject<typeof filterShape>>;
export type GoalListState = z.output<typeof goalListState>;
export type TargetListState = z.output<typeof targetListState>;
export type TimelineState = z.output<typeof timelineState>;

type Raw = Record<string, string | string[] | undefined>;

/** The first value of each known key: what a page's `searchParams` or a request's query hold. */
function firstValues(raw: Raw | URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = raw instanceof URLSearchParams ? raw.get(key) : [raw[key]].flat()[0];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** A view's state from a page's `searchParams`; what cannot be read takes its default. */
export function readState<S extends z.ZodObject>(schema: S, raw: Raw | URLSearchParams): z.output<S> {
  const values = firstValues(raw, Object.keys(schema.shape));
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  // Only sizes fail (an over-long text or list): drop those values, keep the rest.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return schema.parse(Object.fromEntries(Object.entries(values).filter(([key]) => !bad.has(key))));
}

/** A value as the URL holds it: lists joined by commas, everything else as text. */
function asText(value: unknown): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/**
 * Changes to a view's state as URL values: null for a value back at its default, so the address
 * names only what differs from the page as it first opens.
 */
export function stateToRaw<S extends z.ZodObject>(schema: S, patch: Partial<z.output<S>>): Record<string, string | null> {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in schema.shape)) continue;
    out[key] = value === null || value === undefined || asText(value) === asText(defaults[key]) ? null : asText(value);
  }
  return out;
}

/**
 * The state as a query string in a fixed key order with defaults left out: the same state always
 * gives the same text, which is also the React Query key of its answer.
 */
export function stateQuery<S extends z.ZodObject>(schema: S, state: z.output<S>): string {
  const raw = stateToRaw(schema, state as Partial<z.output<S>>);
  const query = new URLSearchParams();
  for (const key of Object.keys(schema.shape)) if (raw[key] !== null && raw[key] !== undefined) query.set(key, raw[key]);
  return query.toString();
}

/** The list filters of a view state, as the goal maths takes them. */
export function filtersOf(state: FilterState): GoalFilters {
  return {
    q: state.q || undefined,
    assignees: state.assignee.length ? state.assignee : undefined,
    teams: state.team.length ? state.team : undefined,
    types: state.type.length ? state.type : undefined,
    statuses: state.status.length ? (state.status as PeriodStatus[]) : undefined,
    date: state.date || undefined,
    // The archived switch shows archived goals instead of live ones, as HubSpot's list does.
    archived: state.archived,
  };
}

/** Every filter at its default: what "Clear filters" sets. */
export const NO_FILTERS: FilterState = { q: "", assignee: [], team: [], type: [], status: [], date: "", archived: false };

/** Whether any filter narrows the view (the "Clear filters" button shows). */
export function filtersActive(state: FilterState): boolean {
  return Boolean(state.q || state.date || state.archived) || state.assignee.length + state.team.length + state.type.length + state.status.length > 0;
}
