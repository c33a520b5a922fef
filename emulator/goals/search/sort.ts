import type { TargetRecord } from "../../model";
import { PROPERTY_CATALOGUE } from "../catalogue";
import type { SortInput } from "./schema";
import { compare, parseStoredValue } from "./values";

export type Sorter = { ok: true; compare: (a: TargetRecord, b: TargetRecord) => number } | { ok: false; message: string };

/** Creation order (oldest first, then id): HubSpot's order when a search names no sort. */
export function byCreation(a: TargetRecord, b: TargetRecord): number {
  return compare(Date.parse(a.createdAt), Date.parse(b.createdAt)) || compare(Number(a.id), Number(b.id));
}

/**
 * HubSpot honours a single sort, given either as `{propertyName, direction}` or as a bare name
 * (`"-name"` for descending). Records without a value sort last in both directions.
 */
export function buildSorter(sorts: SortInput[] | undefined): Sorter {
  const first = sorts?.[0];
  if (first === undefined) return { ok: true, compare: byCreation };
  const { propertyName, descending } =
    typeof first === "string"
      ? { propertyName: first.replace(/^-/, ""), descending: first.startsWith("-") }
      : { propertyName: first.propertyName, descending: first.direction === "DESCENDING" };
  const definition = PROPERTY_CATALOGUE.get(propertyName);
  if (!definition) return { ok: false, message: `Cannot sort by ${propertyName}: the property does not exist on goal_targets.` };
  const valueOf = (record: TargetRecord) => {
    const raw = record.properties[propertyName];
    return raw === undefined || raw === null || raw === "" ? undefined : parseStoredValue(definition, raw);
  };
  return {
    ok: true,
    compare: (a, b) => {
      const left = valueOf(a);
      const right = valueOf(b);
      if (left === undefined || right === undefined) {
        if (left === right) return byCreation(a, b);
        return left === undefined ? 1 : -1;
      }
      const order = compare(left, right);
      return (descending ? -order : order) || byCreation(a, b);
    },
  };
}
