import { z } from "zod";

export const OPERATORS = [
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


// Clients send filter values as strings, but numbers and booleans are common and HubSpot takes them.
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const filterSchema = z.object({
  propertyName: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: scalar.optional(),
  highValue: scalar.optional(),
  values: z.array(scalar).optional(),
});

export type Filter = z.infer<typeof filterSchema>;

const sortSchema = z.union([
  z.string().min(1),
  z.object({ propertyName: z.string().min(1), direction: z.enum(["ASCENDING", "DESCENDING"]).optional() }),
]);

export type SortInput = z.infer<typeof sortSchema>;

export const searchRequestSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).optional(),
  sorts: z.array(sortSchema).optional(),
  query: z.string().optional(),
  properties: z.union([z.array(z.string()), z.string().transform((s) => s.split(","))]).optional(),
  limit: z.union([z.number().int(), z.string().regex(/^-?\d+$/).transform(Number)]).optional(),
  after: z.union([z.string(), z.number().int().transform(String)]).optional(),
});

export type SearchRequest = z.infer<typeof searchRequestSchema>;
