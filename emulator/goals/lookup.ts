import type { TargetRecord } from "../model";
import { PROPERTY_CATALOGUE } from "./catalogue";
import type { TargetStore } from "./store";

export type Lookup =
  | { found: TargetRecord }
  | { missing: true }
  | { invalid: string };

/**
 * Finds one target by id or by another property (`idProperty`). A property only identifies a
 * record when exactly one record holds the value; a shared value is a client error, not a match.
 */
export function lookupTarget(store: TargetStore, id: string, idProperty: string | undefined, archived: boolean): Lookup {
  if (!idProperty || idProperty === "hs_object_id") {
    const record = store.get(id);
    return record && record.archived === archived ? { found: record } : { missing: true };
  }
  if (!PROPERTY_CATALOGUE.has(idProperty)) return { invalid: `Property ${idProperty} does not exist` };
  const matches = store.select(archived).filter((record) => record.properties[idProperty] === id);
  if (matches.length > 1) return { invalid: `Property ${idProperty} is not a unique identifier: ${matches.length} records share the value ${id}` };
  return matches.length === 1 ? { found: matches[0] } : { missing: true };
}
