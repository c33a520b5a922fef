import type { PropertyDefinition } from "../catalogue";

/** A value normalised for comparison under its property's type. */
export type Comparable = number | string;

/**
 * Filter values may be written as HubSpot's docs show (epoch milliseconds for dates) or as ISO
 * strings, as dashboards in the wild send them; both mean the same instant.
 */
export function parseFilterValue(definition: PropertyDefinition, raw: string): Comparable | undefined {
  switch (definition.type) {
    case "number": {
      const value = raw.trim() === "" ? NaN : Number(raw);
      return Number.isFinite(value) ? value : undefined;
    }
    case "datetime":
    case "date": {
      const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Date.parse(raw);
      return Number.isFinite(value) ? value : undefined;
    }
    case "string":
    case "bool":
      return raw.toLowerCase();
    case "enumeration":
      return raw;
  }
}

/** Stored values are always valid for their type; a stored value that is not parses as undefined. */
export function parseStoredValue(definition: PropertyDefinition, raw: string): Comparable | undefined {
  return parseFilterValue(definition, raw);
}

export function compare(a: Comparable, b: Comparable): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
