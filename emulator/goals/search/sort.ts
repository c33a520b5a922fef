import type { TargetRecord } from "../../model";
import { PROPERTY_CATALOGUE } from "../catalogue";
import type { SortInput } from "./schema";
import { compare, parseStoredValue, type Comparable } from "./values";

export type Sorter = { ok: true; sort(records: TargetRecord[]): TargetRecord[] } | { ok: false; message: string };

/** Creation order (oldest first, then id): HubSpot's order when a search names no sort. */
export function byCreation(a: TargetRecord, b: TargetRecord): number {
  // Every stored timestamp comes from toISOString(), so text order is time order and needs no parsing.
  return compare(a.createdAt, b.createdAt) || compare(Number(a.id), Number(b.id));
}

/**
 * HubSpot honours a single sort, given either as `{propertyName, direction}` or as a bare name
 * (`"-name"` for descending). Records without a value sort last in both directions.
 */
export function buildSorter(sorts: SortInput[] | undefined): Sorter {
  const first = sorts?.[0];
  if (first === undefined) return { ok: true, sort: (records) => records.sort(byCreation) };
  const { propertyName, descending } =
    typeof first === "string"
      ? { propertyName: first.replace(/^-/, ""), descending: first.startsWith("-") }
      : { propertyName: first.propertyName, descending: first.direction === "DESCENDING" };
  const definition = PROPERTY_CATALOGUE.get(propertyName);
  if (!definition) return { ok: false, message: `Cannot sort by ${propertyName}: the property does not exist on goal_targets.` };
  // Searches see records in the store's order, which is id order: keyset paging by id (how clients
  // read a whole portal, 500 pages for 100,000 targets) then sorts nothing.
  if (propertyName === "hs_object_id") return { ok: true, sort: (records) => (descending ? records.reverse() : records) };
  return {
    ok: true,
    sort(records) {
      // Values are parsed once per record rather than once per comparison: searches span 10,000+ targets.
      const keyed = records.map((record) => {
        const raw = record.properties[propertyName];
        const key: Comparable | undefined = raw === undefined || raw === null || raw === "" ? undefined : parseStoredValue(definition, raw);
        return { record, key };
      });
      keyed.sort((a, b) => {
        if (a.key === undefined || b.key === undefined) {
          if (a.key === b.key) return byCreation(a.record, b.record);
          return a.key === undefined ? 1 : -1;
        }
        const order = compare(a.key, b.key);
        return (descending ? -order : order) || byCreation(a.record, b.record);
      });
      return keyed.map((entry) => entry.record);
    },
  };
}
