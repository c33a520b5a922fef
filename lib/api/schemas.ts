import { z } from "zod";
import { KNOWN_PROPERTIES, SEARCH_LIMITS, SORTABLE_PROPERTIES } from "@/lib/hubspot";
import { isGoalId, isRecordId } from "@/lib/goals/ids";
import { WALL_REFRESH_SECONDS } from "@/lib/contracts/wall";

/**
 * What Goalboard's API accepts. Every value a client sends passes one of these before any HubSpot
 * call; messages are written for the person who sent it.
 */
const known = new Set<string>(KNOWN_PROPERTIES);

export const targetId = z
  .string()
  .refine(isRecordId, "A goal target id is a HubSpot record id: digits only, like 412345678, at most 9223372036854775807.");

export const goalId = z
  .string()
  .refine(
    isGoalId,
    "A goal id is a HubSpot goal family id (a UUID) or, for a goal with a single target, that target's id.",
  );

export const propertyName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,99}$/, "Property names are lower-case letters, digits and underscores, like hs_goal_name.")
  .refine((name) => known.has(name), { error: (issue) => `Unknown goal target property "${issue.input}".` });

const MAX_PROPERTIES = KNOWN_PROPERTIES.length;

/** `properties=a,b` and `properties=a&properties=b` both work, as they do with HubSpot. */
export const propertyList = z
  .union([z.string(), z.array(z.string())])
  .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(",")).map((v) => v.trim()))
  .pipe(z.array(propertyName).max(MAX_PROPERTIES, `At most ${MAX_PROPERTIES} properties can be requested.`))
  .transform((names) => [...new Set(names)]);

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} must be a whole number from ${min} to ${max}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${name} must be a whole number from ${min} to ${max}.`)
        .max(max, `${name} must be a whole number from ${min} to ${max}.`),
    );

const booleanFlag = (name: string) =>
  z.enum(["true", "false"], { error: `${name} must be true or false.` }).transform((v) => v === "true");

export const listQuery = z.strictObject(
  {
    limit: wholeNumber("limit", 1, 100).optional().default(100),
    after: z
      .string()
      .regex(/^[A-Za-z0-9+/=_-]{1,128}$/, "after must be the paging cursor from the previous page.")
      .optional(),
    properties: propertyList.optional().default([]),
    archived: booleanFlag("archived").optional().default(false),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys[0]}".` : undefined) },
);

export const propertiesQuery = z.strictObject(
  { properties: propertyList.optional() },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys[0]}".` : undefined) },
);

export const datasetQuery = z.strictObject(
  { archived: booleanFlag("archived").optional().default(false) },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys[0]}".` : undefined) },
);

const MAX_WALL_SLIDES = 50;
const commaList = (item: z.ZodType<string, string>, name: string) =>
  z
    .string()
    .transform((raw) => [...new Set(raw.split(",").map((v) => v.trim()).filter(Boolean))])
    .pipe(z.array(item).max(MAX_WALL_SLIDES, `At most ${MAX_WALL_SLIDES} ${name} can be shown.`));

export const goalType = z.string().regex(/^[a-z0-9_]{1,100}$/, "A goal type is HubSpot's internal name, like sales_quota.");

export const wallQuery = z.strictObject(
  {
    refresh: wholeNumber("refresh", WALL_REFRESH_SECONDS.min, WALL_REFRESH_SECONDS.max).optional().default(WALL_REFRESH_SECONDS.default),
    /** Only these goals' targets, and every goal of these types: what the wallboard's slides show. */
    goals: commaList(goalId, "goals").optional().default([]),
    types: commaList(goalType, "goal types").optional().default([]),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys[0]}".` : undefined) },
);

export const emptyQuery = z.strictObject(
  {},
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown parameter "${issue.keys[0]}".` : undefined) },
);

const OPERATORS = [
  "EQ",
  "NEQ",
  "LT",
  "LTE",
  "GT",
  "GTE",
  "BETWEEN",
  "IN",
  "NOT_IN",
  "HAS_PROPERTY",
  "NOT_HAS_PROPERTY",
  "CONTAINS_TOKEN",
  "NOT_CONTAINS_TOKEN",
] as const;

const filterValue = z.string().max(256, "Filter values are at most 256 characters.");

const filter = z
  .strictObject({
    propertyName,
    operator: z.enum(OPERATORS, { error: `operator must be one of ${OPERATORS.join(", ")}.` }),
    value: filterValue.optional(),
    highValue: filterValue.optional(),
    values: z.array(filterValue).min(1).max(100).optional(),
  })
  .superRefine((f, ctx) => {
    const needs = (ok: boolean, message: string) => ok || ctx.addIssue({ code: "custom", message });
    if (f.operator === "BETWEEN") needs(f.value !== undefined && f.highValue !== undefined, "BETWEEN needs value and highValue.");
    else if (f.operator === "IN" || f.operator === "NOT_IN") needs(f.values !== undefined, `${f.operator} needs values.`);
    else if (f.operator === "HAS_PROPERTY" || f.operator === "NOT_HAS_PROPERTY") needs(f.value === undefined, `${f.operator} takes no value.`);
    else needs(f.value !== undefined, `${f.operator} needs a value.`);
  });

export const SEARCH_BODY_MAX_BYTES = 16 * 1024;

const unknownField = {
  error: (issue: { code: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `Unknown field "${issue.keys?.[0]}".` : undefined),
};

export const searchBody = z
  .strictObject({
    filterGroups: z
      .array(z.strictObject({ filters: z.array(filter).min(1).max(SEARCH_LIMITS.filtersPerGroup, `A filter group holds at most ${SEARCH_LIMITS.filtersPerGroup} filters.`) }))
      .max(SEARCH_LIMITS.groups, `At most ${SEARCH_LIMITS.groups} filter groups.`)
      .default([]),
    query: z.string().max(SEARCH_LIMITS.queryLength, `query is at most ${SEARCH_LIMITS.queryLength} characters.`).optional(),
    sort: z
      .strictObject({
        propertyName: z.enum(SORTABLE_PROPERTIES, { error: `Sorting works on ${SORTABLE_PROPERTIES.join(", ")}.` }),
        direction: z.enum(["ASCENDING", "DESCENDING"], { error: "direction must be ASCENDING or DESCENDING." }),
      })
      .optional(),
    properties: z.array(propertyName).max(MAX_PROPERTIES).default([]),
    limit: z
      .number({ error: "limit must be a whole number from 1 to 200." })
      .int("limit must be a whole number from 1 to 200.")
      .min(1, "limit must be a whole number from 1 to 200.")
      .max(SEARCH_LIMITS.pageSize, "limit must be a whole number from 1 to 200.")
      .default(100),
    after: z.string().regex(/^\d{1,5}$/, "after must be the paging cursor from the previous page.").optional(),
  }, unknownField)
  .superRefine((b, ctx) => {
    const total = b.filterGroups.reduce((n, g) => n + g.filters.length, 0);
    if (total > SEARCH_LIMITS.filtersTotal) ctx.addIssue({ code: "custom", message: `At most ${SEARCH_LIMITS.filtersTotal} filters in all.` });
    if (Number(b.after ?? 0) + b.limit > SEARCH_LIMITS.maxResults)
      ctx.addIssue({ code: "custom", message: `HubSpot search cannot page past ${SEARCH_LIMITS.maxResults} results; narrow the filters.` });
  });

export const BATCH_BODY_MAX_BYTES = 8 * 1024;

export const batchReadBody = z.strictObject(
  {
  ids: z
    .array(targetId)
    .min(1, "ids needs at least one goal target id.")
    .max(100, "At most 100 ids per batch.")
    .transform((ids) => [...new Set(ids)]),
  properties: z.array(propertyName).max(MAX_PROPERTIES).default([]),
  },
  unknownField,
);
