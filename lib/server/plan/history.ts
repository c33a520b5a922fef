import "server-only";
import type { HistoryEntryView, TargetHistoryResponse } from "@/lib/contracts/plan";
import { notFound } from "@/lib/contracts/errors";
import { type DirectoryIndex, indexDirectory, resolveAssignee } from "@/lib/goals/assignees";
import { parseDecimal } from "@/lib/goals/decimal";
import { canWriteGoals, GOALS_READ, type HistoryEntry, type PortalContext, readTargetsNow, requireScope } from "@/lib/hubspot";
import { metaFor } from "../goals-dataset";

const SOURCES: Record<string, string> = {
  INTEGRATION: "An app",
  CRM_UI: "HubSpot",
  CALCULATED: "HubSpot (calculated)",
  IMPORT: "An import",
  API: "The API",
  MIGRATION: "A migration",
};

function who(entry: HistoryEntry, index: DirectoryIndex): string {
  if (entry.updatedByUserId !== undefined) return resolveAssignee({ kind: "user", id: String(entry.updatedByUserId) }, index).name;
  return SOURCES[entry.sourceType] ?? entry.sourceType;
}

/** Target amount history, newest first, each entry with the value it replaced and who made it. */
export function historyView(entries: readonly HistoryEntry[], index: DirectoryIndex): HistoryEntryView[] {
  const ordered = [...entries].sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
  return ordered.map((entry, i) => ({
    at: entry.timestamp,
    value: parseDecimal(entry.value) ?? entry.value,
    previous: i + 1 < ordered.length ? (parseDecimal(ordered[i + 1].value) ?? ordered[i + 1].value) : null,
    who: who(entry, index),
    sourceType: entry.sourceType,
  }));
}

/** The history of one target's amount, read from HubSpot now. */
export async function targetHistory(ctx: PortalContext, targetId: string): Promise<TargetHistoryResponse> {
  requireScope(ctx, GOALS_READ);
  const [meta, read] = await Promise.all([metaFor(ctx), readTargetsNow(ctx, [targetId], ["hs_target_amount", "hs_lastmodifieddate"], ["hs_target_amount"])]);
  const record = read.records[0];
  if (!record) throw notFound("There is no live goal target with this id in your HubSpot portal.");
  return {
    portalId: ctx.portalId,
    targetId,
    canEdit: canWriteGoals(ctx),
    amount: parseDecimal(record.properties.hs_target_amount) ?? "0",
    version: record.properties.hs_lastmodifieddate ?? record.updatedAt,
    entries: historyView(record.propertiesWithHistory?.hs_target_amount ?? [], indexDirectory(meta.directory)),
  };
}
