import { type DirectoryIndex, resolveAssignee } from "../assignees";
import { parseDecimal } from "../decimal";
import { toTarget, type TargetRecord } from "../parse-target";
import type { PlanTarget } from "./model";

/**
 * A HubSpot record as a plan cell. Throws TargetParseError for a record without usable dates, like
 * the goal model does; the amount is HubSpot's raw `hs_target_amount`.
 */
export function planTargetOf(record: TargetRecord, directory: DirectoryIndex): PlanTarget {
  const target = toTarget(record);
  const read = (name: string) => {
    const value = record.properties[name];
    return value == null || String(value).trim() === "" ? null : String(value).trim();
  };
  return {
    id: target.id,
    uuid: read("hs_group_correlation_uuid"),
    groupId: read("hs_goal_target_group_id"),
    scheduleId: target.scheduleId,
    assigneeKey: resolveAssignee(target.assignee, directory).key,
    milestone: target.cadence,
    start: target.start,
    end: target.end,
    amount: parseDecimal(read("hs_target_amount")) ?? "0",
    version: read("hs_lastmodifieddate") ?? target.updatedAt,
  };
}
