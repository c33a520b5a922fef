import type { Grant } from "../auth/tokens";
import type { PropertyChange, TargetRecord } from "../model";
import { PROPERTY_CATALOGUE } from "./catalogue";

/** Who made a write, as HubSpot records it in each history entry. */
export type WriteSource = Omit<PropertyChange, "value" | "timestamp">;

/**
 * API writes are attributed to the app (`INTEGRATION`, the app id) and, for OAuth tokens, to the
 * user who authorised it. HubSpot does not document whether it fills `updatedByUserId` for app
 * writes; the emulator does, so "who changed this" has an answer for a user's own edits.
 */
export function sourceOf(grant: Grant): WriteSource {
  const source: WriteSource = { sourceType: "INTEGRATION", sourceId: String(grant.appId) };
  if (grant.userId !== null) source.updatedByUserId = Number(grant.userId);
  return source;
}

/**
 * A seeded record has no recorded past: its current value is taken as set when it was created, in
 * HubSpot's UI by its creator (computed properties by HubSpot itself).
 */
function seededHistory(record: TargetRecord, name: string): PropertyChange[] {
  const value = record.properties[name];
  if (value === null || value === undefined) return [];
  const creator = record.properties.hs_created_by_user_id;
  const calculated = PROPERTY_CATALOGUE.get(name)?.readOnly || name.startsWith("hs_kpi_");
  const change: PropertyChange = { value, timestamp: record.createdAt, sourceType: calculated ? "CALCULATED" : "CRM_UI" };
  if (!calculated && creator) {
    change.sourceId = `userId:${creator}`;
    change.updatedByUserId = Number(creator);
  }
  return [change];
}

/** Every value the property has held, newest first. */
export function historyOf(record: TargetRecord, name: string): PropertyChange[] {
  return record.history?.[name] ?? seededHistory(record, name);
}

/** Records a write of one property; writing the value it already holds leaves no entry. */
export function recordChange(record: TargetRecord, name: string, value: string | null, at: string, source: WriteSource): void {
  if ((record.properties[name] ?? null) === value) return;
  const past = historyOf(record, name);
  record.history ??= {};
  record.history[name] = [{ value: value ?? "", timestamp: at, ...source }, ...past];
}
