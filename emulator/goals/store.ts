import { randomInt } from "node:crypto";
import type { PropertyValues, TargetRecord } from "../model";
import { recordChange, type WriteSource } from "./history";

/**
 * One portal's goal targets, kept in id order because HubSpot pages lists by id and new ids are
 * always larger than old ones. Clearing a property deletes it; seeded records may also hold nulls.
 */
export interface IdBound {
  id: number;
  inclusive: boolean;
}

export class TargetStore {
  private readonly records: TargetRecord[];
  private readonly byId = new Map<string, TargetRecord>();
  private lastId: number;

  constructor(records: TargetRecord[]) {
    this.records = [...records].sort((a, b) => Number(a.id) - Number(b.id));
    for (const record of this.records) this.byId.set(record.id, record);
    this.lastId = this.records.length ? Number(this.records[this.records.length - 1].id) : 3_000_000_000;
  }

  all(): readonly TargetRecord[] {
    return this.records;
  }

  select(archived: boolean): TargetRecord[] {
    return this.records.filter((record) => record.archived === archived);
  }

  /**
   * Live records with an id inside the bounds (each exclusive, or inclusive), in id order, found by
   * binary search: how clients page a whole portal by id, from either end.
   */
  liveBetween(lower?: IdBound, upper?: IdBound): TargetRecord[] {
    const from = lower ? this.indexOf(lower.id, !lower.inclusive) : 0;
    const to = upper ? this.indexOf(upper.id, upper.inclusive) : this.records.length;
    const live: TargetRecord[] = [];
    for (let i = from; i < to; i++) if (!this.records[i].archived) live.push(this.records[i]);
    return live;
  }

  /** The first index whose id is above `id` (`past`), or at least `id`. */
  private indexOf(id: number, past: boolean): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const at = Number(this.records[mid].id);
      if (at < id || (at === id && past)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  get(id: string): TargetRecord | undefined {
    return this.byId.get(id);
  }

  insert(properties: PropertyValues, at: Date, source: WriteSource): TargetRecord {
    this.lastId += randomInt(1, 40);
    const id = String(this.lastId);
    const stamp = at.toISOString();
    const record: TargetRecord = { id, properties: {}, createdAt: stamp, updatedAt: stamp, archived: false };
    this.assign(record, properties, stamp, source);
    this.computeHomeCurrency(record, properties);
    this.attribute(record, source);
    this.stamp(record, at);
    record.properties.hs_createdate = stamp;
    record.properties.hs_object_id = id;
    this.records.push(record);
    this.byId.set(id, record);
    return record;
  }

  /** Every write is kept in the record's property history, attributed to `source`. */
  update(record: TargetRecord, properties: PropertyValues, at: Date, source: WriteSource): TargetRecord {
    this.assign(record, properties, at.toISOString(), source);
    this.computeHomeCurrency(record, properties);
    this.attribute(record, source);
    this.stamp(record, at);
    return record;
  }

  /** The record whose `property` holds exactly `value`, when one does (the upsert key). */
  findBy(property: string, value: string): TargetRecord | undefined {
    return this.records.find((record) => !record.archived && record.properties[property] === value);
  }

  archive(record: TargetRecord, at: Date): void {
    if (record.archived) return;
    record.archived = true;
    record.archivedAt = at.toISOString();
    this.stamp(record, at);
  }

  private assign(record: TargetRecord, properties: PropertyValues, at: string, source: WriteSource): void {
    for (const [name, value] of Object.entries(properties)) {
      recordChange(record, name, value, at, source);
      if (value === null) delete record.properties[name];
      else record.properties[name] = value;
    }
  }

  /**
   * HubSpot keeps the target in the portal's currency beside it; the demo portals hold one currency
   * each, so it follows the amount as written.
   */
  private computeHomeCurrency(record: TargetRecord, properties: PropertyValues): void {
    if (!("hs_target_amount" in properties) || !record.properties.hs_currency) return;
    const amount = properties.hs_target_amount;
    if (amount === null) delete record.properties.hs_target_amount_in_home_currency;
    else record.properties.hs_target_amount_in_home_currency = amount;
  }

  private attribute(record: TargetRecord, source: WriteSource): void {
    if (source.updatedByUserId !== undefined) record.properties.hs_updated_by_user_id = String(source.updatedByUserId);
  }

  private stamp(record: TargetRecord, at: Date): void {
    record.updatedAt = at.toISOString();
    record.properties.hs_lastmodifieddate = record.updatedAt;
  }
}
