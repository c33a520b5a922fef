import type { PropertyChange, TargetRecord } from "../model";
import { DEFAULT_PROPERTIES, PROPERTY_CATALOGUE, PROPERTY_NAMES } from "./catalogue";
import { historyOf } from "./history";

/**
 * The property names a response carries: the requested ones HubSpot knows (unknown names are
 * silently dropped) plus the three defaults that are always returned.
 */
export function responseProperties(requested: readonly string[] | undefined): string[] {
  const known = (requested ?? []).filter((name) => PROPERTY_CATALOGUE.has(name));
  return [...new Set([...known, ...DEFAULT_PROPERTIES])];
}

export interface WireTarget {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  propertiesWithHistory?: Record<string, PropertyChange[]>;
  objectWriteTraceId?: string;
}

/**
 * A record in HubSpot's SimplePublicObject shape; a property without a value is null. With
 * `withHistory` (names from `propertiesWithHistory`, unknown ones dropped), every value each of
 * those properties has held, newest first.
 */
export function toWire(record: TargetRecord, names: readonly string[], withHistory?: readonly string[]): WireTarget {
  const properties: Record<string, string | null> = {};
  for (const name of names) properties[name] = record.properties[name] ?? null;
  const wire: WireTarget = {
    id: record.id,
    properties,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
  };
  if (record.archivedAt) wire.archivedAt = record.archivedAt;
  const historyNames = (withHistory ?? []).filter((name) => PROPERTY_CATALOGUE.has(name));
  if (historyNames.length) {
    wire.propertiesWithHistory = Object.fromEntries(historyNames.map((name) => [name, historyOf(record, name)]));
  }
  return wire;
}

export function toWireWithAllProperties(record: TargetRecord): WireTarget {
  return toWire(record, PROPERTY_NAMES);
}
