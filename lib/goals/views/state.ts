import { AT_RISK_THRESHOLD } from "../at-risk";
import type { GoalFilters } from "../filters";
import type { PeriodStatus } from "../periods";
import { GOAL_SORT_KEYS, TARGET_SORT_KEYS } from "../sort";
import { GOAL_PAGE, GROUPINGS, LEVELS, RANGE_PRESETS } from "../view-choices";

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

/**
 * One URL parameter of a view: what it is when absent or unreadable, and how it reads. Plain
 * functions, no schema library: the browser reads its URL with these too, and every kilobyte of a
 * validation library would be first-load JS on every list page (zod was 35 KiB gzip of /goals').
 * The view API wraps the same parameters in zod (lib/api/view-schemas.ts) to refuse sizes with a 400.
 */
export interface Param<T> {
  fallback: T;
  /** Why a value is refused, or null: only sizes are (an over-long text or list). */
  refuse(raw: string, name: string): string | null;
  read(raw: string): T;
}

export type ViewSchema = Record<string, Param<unknown>>;
export type StateOf<S extends ViewSchema> = { [K in keyof S]: S[K]["fallback"] };

const longerThan = (max: number) => (raw: string, name: string) => (raw.length > max ? `${name} is at most ${max} characters.` : null);

const text: Param<string> = { fallback: "", refuse: longerThan(MAX_TEXT), read: (raw) => raw };

const splitList = (raw: string, keep: (item: string) => boolean) => [...new Set(raw.split(",").map((item) => item.trim()).filter((item) => item !== "" && keep(item)))];

/** A comma-separated list, as the page's controls write it (`assignee=owner:1,owner:2`). */
const list = (keep: (item: string) => boolean = () => true): Param<string[]> => ({
  fallback: [],
  refuse: (raw, name) => (raw.length > MAX_LIST * 80 ? `${name} is too long.` : splitList(raw, keep).length > MAX_LIST ? `${name} holds at most ${MAX_LIST} values.` : null),
  read: (raw) => splitList(raw, keep),
});

const oneOf = <T extends string>(values: readonly T[], fallback: T): Param<T> => ({
  fallback,
  refuse: longerThan(MAX_TEXT),
  read: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : fallback),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day: Param<string> = { fallback: "", refuse: longerThan(MAX_TEXT), read: (raw) => (DAY.test(raw) ? raw : "") };
const flag: Param<boolean> = { fallback: false, refuse: longerThan(MAX_TEXT), read: (raw) => raw === "true" };

/** A whole number within bounds (`risk=85`); anything else is the fallback. */
const whole = (fallback: number, min: number, max: number, clamp: boolean): Param<number> => ({
  fallback,
  refuse: longerThan(9),
  read: (raw) => {
    if (!/^\d+$/.test(raw)) return fallback;
    const n = Number(raw);
    if (clamp) return n >= min ? Math.min(n, max) : fallback;
    return n >= min && n <= max ? n : fallback;
  },
});

/** The at-risk threshold in whole percent (`risk=85`): a projected attainment below it is flagged. */
export const riskPercent = whole(Math.round(AT_RISK_THRESHOLD * 100), 1, 100, false);

/** The kinds of parameter, for views whose state is declared next to their maths (views/leaderboard.ts). */
export const stateParams = { text, oneOf, whole, day };

/** The goal-list filters every list page shares. */
const filterShape = {
  q: text,
  assignee: list(),
  team: list(),
  type: list(),
  status: list((item) => (PERIOD_STATUSES as readonly string[]).includes(item)),
  date: day,
  archived: flag,
};

export const goalListState = {
  ...filterShape,
  risk: riskPercent,
  /** Only the goals the threshold flags. */
  atRisk: flag,
  sort: oneOf(GOAL_SORT_KEYS, "name"),
  dir: oneOf(DIRECTIONS, "asc"),
  /** Expanded goals: each shows a line per assignee. */
  open: list(),
} satisfies ViewSchema;

export const targetListState = {
  ...filterShape,
  sort: oneOf(TARGET_SORT_KEYS, "start"),
  dir: oneOf(DIRECTIONS, "asc"),
} satisfies ViewSchema;

export const timelineState = {
  ...filterShape,
  range: oneOf(RANGE_PRESETS, "this-year"),
  from: day,
  to: day,
  group: oneOf(GROUPINGS, "team"),
  bucket: oneOf(BUCKET_SIZES, "month"),
  /** Goal type the period chart adds up; empty: the default (the first money goal type). */
  measure: text,
  level: oneOf(LEVELS, "people"),
  open: list(),
  /** Goal bars drawn: a page, more after "show more". */
  goals: whole(GOAL_PAGE, 1, 100_000, true),
} satisfies ViewSchema;

export type FilterState = StateOf<typeof filterShape>;
export type GoalListState = StateOf<typeof goalListState>;
export type TargetListState = StateOf<typeof targetListState>;
export type TimelineState = StateOf<typeof timelineState>;

type Raw = Record<string, string | string[] | undefined>;

/** The first value of a key: what a page's `searchParams` or a request's query hold. */
function firstValue(raw: Raw | URLSearchParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? raw.get(key) : [raw[key]].flat()[0];
  return typeof value === "string" ? value : undefined;
}

/** A view's state from a page's `searchParams`; what cannot be read, or is too large, takes its default. */
export function readState<S extends ViewSchema>(schema: S, raw: Raw | URLSearchParams): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(schema)) {
    const value = firstValue(raw, key);
    out[key] = value === undefined || param.refuse(value, key) !== null ? param.fallback : param.read(value);
  }
  return out as StateOf<S>;
}

/** A value as the URL holds it: lists joined by commas, everything else as text. */
function asText(value: unknown): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/**
 * Changes to a view's state as URL values: null for a value back at its default, so the address
 * names only what differs from the page as it first opens.
 */
export function stateToRaw<S extends ViewSchema>(schema: S, patch: Partial<StateOf<S>>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(patch)) {
    const param = schema[key];
    if (!param) continue;
    out[key] = value === null || value === undefined || asText(value) === asText(param.fallback) ? null : asText(value);
  }
  return out;
}

/**
 * The state as a query string in a fixed key order with defaults left out: the same state always
 * gives the same text, which is also the React Query key of its answer.
 */
export function stateQuery<S extends ViewSchema>(schema: S, state: StateOf<S>): string {
  const raw = stateToRaw(schema, state as Partial<StateOf<S>>);
  const query = new URLSearchParams();
  for (const key of Object.keys(schema)) if (raw[key] !== null && raw[key] !== undefined) query.set(key, raw[key]);
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

/** How many filters besides the search text narrow the view: what a phone's folded "Filters" button says. */
export function filtersBesideSearch(state: FilterState): number {
  return [state.assignee.length, state.team.length, state.type.length, state.status.length, state.date ? 1 : 0, state.archived ? 1 : 0].filter((n) => n > 0).length;
}
