import type { TargetRecord } from "../model";
import type { IdFactory } from "./ids";
import type { TargetDraft } from "./family";

/** Turns drafts into records: ids ascend with creation time, as in a real portal. */
export function finalizeDrafts(drafts: TargetDraft[], ids: IdFactory): TargetRecord[] {
  const ordered = [...drafts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const targetIds = ids.targetSequence(ordered.length);
  return ordered.map((draft, index) => {
    const id = targetIds[index];
    const createdAt = draft.createdAt.toISOString();
    const updated = draft.archivedAt && draft.archivedAt > draft.updatedAt ? draft.archivedAt : draft.updatedAt;
    const updatedAt = updated.toISOString();
    // The draft's object is adopted as is (nulls included) because copying dominates large seeds.
    const properties = draft.properties;
    properties.hs_object_id = id;
    properties.hs_createdate = createdAt;
    properties.hs_lastmodifieddate = updatedAt;
    const record: TargetRecord = { id, properties, createdAt, updatedAt, archived: Boolean(draft.archivedAt) };
    if (draft.archivedAt) record.archivedAt = draft.archivedAt.toISOString();
    return record;
  });
}
