/**
 * A lossless, compact JSON form for a list of records that share one set of keys: each key is
 * written once, and a column whose values repeat (period dates, assignees, a goal's name and type
 * on every one of its targets) keeps each distinct value once plus an index per record. The demo
 * portal's goal targets shrink to about a quarter of their JSON, the bulk of the goal list's HTML.
 * Pure: no React, no fetch.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

type PackedColumn = { key: string; values: Json[] } | { key: string; distinct: Json[]; at: number[] };

export interface PackedRecords {
  count: number;
  columns: PackedColumn[];
}

/** Packs records with identical keys (in the same order); null when they differ, so the caller sends them as they are. */
export function packRecords<T extends object>(records: readonly T[]): PackedRecords | null {
  const keys = records.length > 0 ? Object.keys(records[0]) : [];
  for (const record of records) {
    const own = Object.keys(record);
    if (own.length !== keys.length || own.some((key, i) => key !== keys[i])) return null;
  }
  const columns = keys.map((key) => packColumn(key, records.map((record) => (record as Record<string, Json>)[key])));
  return { count: records.length, columns };
}

function packColumn(key: string, values: Json[]): PackedColumn {
  const slot = new Map<string, number>();
  const distinct: Json[] = [];
  const at = values.map((value) => {
    const id = JSON.stringify(value);
    let index = slot.get(id);
    if (index === undefined) {
      index = distinct.length;
      slot.set(id, index);
      distinct.push(value);
    }
    return index;
  });
  // An index costs a few characters; only worth it when values repeat.
  return distinct.length * 2 <= values.length ? { key, distinct, at } : { key, values };
}

/** The records packRecords was given: same keys in the same order, no object shared between two records. */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  const records: Record<string, Json>[] = Array.from({ length: packed.count }, () => ({}));
  for (const column of packed.columns) {
    for (let i = 0; i < packed.count; i++) {
      const value = "values" in column ? column.values[i] : column.distinct[column.at[i]];
      // A distinct object is shared by every record that has it; each gets its own copy, as JSON would give.
      records[i][column.key] = "at" in column && value !== null && typeof value === "object" ? structuredClone(value) : value;
    }
  }
  return records as T[];
}
