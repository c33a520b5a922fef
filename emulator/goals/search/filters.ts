import type { TargetRecord } from "../../model";
import { PROPERTY_CATALOGUE, type PropertyDefinition } from "../catalogue";
import type { Filter } from "./schema";
import { compare, parseFilterValue, parseStoredValue, type Comparable } from "./values";
import { containsToken } from "./tokens";

export type Predicate = (record: TargetRecord) => boolean;
export type Compiled = { ok: true; test: Predicate } | { ok: false; message: string };

const fail = (message: string): Compiled => ({ ok: false, message });

function typed(definition: PropertyDefinition, filter: Filter, raw: string | undefined, field: string) {
  if (raw === undefined) return { error: `${filter.operator} on ${filter.propertyName} requires ${field}.` };
  const value = parseFilterValue(definition, raw);
  if (value === undefined) return { error: `${raw} is not a valid ${definition.type} value for ${filter.propertyName}.` };
  return { value };
}

/**
 * Turns one filter into a predicate, checking its values against the property's type first.
 * Negative operators (NEQ, NOT_IN, NOT_CONTAINS_TOKEN) also match records without a value.
 */
export function compileFilter(filter: Filter): Compiled {
  const definition = PROPERTY_CATALOGUE.get(filter.propertyName);
  if (!definition) return fail(`Property ${filter.propertyName} does not exist on goal_targets.`);
  const stored = (record: TargetRecord): Comparable | undefined => {
    const raw = record.properties[filter.propertyName];
    return raw === undefined || raw === null || raw === "" ? undefined : parseStoredValue(definition, raw);
  };

  switch (filter.operator) {
    case "HAS_PROPERTY":
      return { ok: true, test: (record) => stored(record) !== undefined };
    case "NOT_HAS_PROPERTY":
      return { ok: true, test: (record) => stored(record) === undefined };
    case "CONTAINS_TOKEN":
    case "NOT_CONTAINS_TOKEN": {
      if (filter.value === undefined) return fail(`${filter.operator} on ${filter.propertyName} requires value.`);
      const needle = filter.value;
      const hit = (record: TargetRecord) => {
        const raw = record.properties[filter.propertyName];
        return typeof raw === "string" && containsToken(raw, needle);
      };
      return { ok: true, test: filter.operator === "CONTAINS_TOKEN" ? hit : (record) => !hit(record) };
    }
    case "IN":
    case "NOT_IN": {
      if (!filter.values || filter.values.length === 0) return fail(`${filter.operator} on ${filter.propertyName} requires values.`);
      const options: Comparable[] = [];
      for (const raw of filter.values) {
        const parsed = typed(definition, filter, raw, "values");
        if ("error" in parsed) return fail(parsed.error!);
        options.push(parsed.value!);
      }
      const hit = (record: TargetRecord) => {
        const value = stored(record);
        return value !== undefined && options.some((option) => compare(value, option) === 0);
      };
      return { ok: true, test: filter.operator === "IN" ? hit : (record) => !hit(record) };
    }
    case "BETWEEN": {
      const low = typed(definition, filter, filter.value, "value");
      if ("error" in low) return fail(low.error!);
      const high = typed(definition, filter, filter.highValue, "highValue");
      if ("error" in high) return fail(high.error!);
      return {
        ok: true,
        test: (record) => {
          const value = stored(record);
          return value !== undefined && compare(value, low.value!) >= 0 && compare(value, high.value!) <= 0;
        },
      };
    }
    default: {
      const operand = typed(definition, filter, filter.value, "value");
      if ("error" in operand) return fail(operand.error!);
      const accept = ORDER_TESTS[filter.operator];
      const negative = filter.operator === "NEQ";
      return {
        ok: true,
        test: (record) => {
          const value = stored(record);
          if (value === undefined) return negative;
          return accept(compare(value, operand.value!));
        },
      };
    }
  }
}

const ORDER_TESTS: Record<string, (order: number) => boolean> = {
  EQ: (order) => order === 0,
  NEQ: (order) => order !== 0,
  LT: (order) => order < 0,
  LTE: (order) => order <= 0,
  GT: (order) => order > 0,
  GTE: (order) => order >= 0,
};
