import { randomInt } from "node:crypto";
import type { PropertyValues, TargetRecord } from "../model";

/**
 * One portal's goal targets, kept in id order because HubSpot pages lists by id and new ids are
 * always larger than old ones. Clearing a property deletes it; seeded records may also hold nulls.
 */
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

  get(id: string): TargetRecord | undefined {
    return this.byId.get(id);
  }

  insert(properties: PropertyValues, at: Date): TargetRecord {
    this.lastId += randomInt(1, 40);
    const id = String(this.lastId);
    const stamp = at.toISOString();
    const record: TargetRecord = { id, properties: {}, createdAt: stamp, updatedAt: stamp, archived: false };
    this.assign(record, properties);
    this.stamp(record, at);
    record.properties.hs_createdate = stamp;
    record.properties.hs_object_id = id;
    this.records.push(record);
    this.byId.set(id, record);
    return record;
  }

  update(record: TargetRecord, properties: PropertyValues, at: Date): TargetRecord {
    this.assign(record, properties);
    this.stamp(record, at);
    return record;
  }

  archive(record: TargetRecord, at: Date): void {
    if (record.archived) return;
    record.archived = true;
    record.archivedAt = at.toISOString();
    this.stamp(record, at);
  }

  private assign(record: TargetRecord, properties: PropertyValues): void {
    for (const [name, value] of Object.entries(properties)) {
      if (value === null) delete record.properties[name];
      else record.properties[name] = value;
    }
  }

  private stamp(record: TargetRecord, at: Date): void {
    record.updatedAt = at.toISOString();
    record.properties.hs_lastmodifieddate = record.updatedAt;
  }
}
