import "server-only";
import { AppError } from "@/lib/contracts/errors";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import { MODEL_PROPERTIES } from "@/lib/goals/parse-target";
import { type Aggregate, planTargetOf, type PlanTarget } from "@/lib/goals/plan";
import { GOALS_READ, type PortalContext, readTargetsNow, requireScope, searchAllPages, type WireRecord } from "@/lib/hubspot";

export interface FreshFamily {
  records: WireRecord[];
  targets: PlanTarget[];
  /** The goal's periods average (AVG goals, e.g. response times) rather than add up. */
  aggregate: Aggregate;
}

/**
 * Every live target of a goal as HubSpot holds it now, never from the cache: planning and the
 * conflict check must see a colleague's write the moment it lands. A goal id is a family uuid or
 * the id of a standalone target. Targets without usable dates cannot be planned and are left out.
 */
export async function freshFamily(ctx: PortalContext, goalId: string, index: DirectoryIndex): Promise<FreshFamily> {
  requireScope(ctx, GOALS_READ);
  const records = /^\d+$/.test(goalId)
    ? (await readTargetsNow(ctx, [goalId], MODEL_PROPERTIES)).records.filter((record) => !record.properties.hs_group_correlation_uuid)
    : await searchAllPages(ctx, [{ propertyName: "hs_group_correlation_uuid", operator: "EQ", value: goalId.toLowerCase() }], MODEL_PROPERTIES);
  if (records.length === 0) throw new AppError("NOT_FOUND", "There is no live goal with this id in your HubSpot portal.");
  const targets: PlanTarget[] = [];
  for (const record of records) {
    try {
      targets.push(planTargetOf(record, index));
    } catch {
      // A slice without dates has no column in the grid; the goal page explains such records.
    }
  }
  const metric = records.map((record) => record.properties.hs_kpi_metric_type).find(Boolean);
  return { records, targets, aggregate: metric?.toUpperCase() === "AVG" ? "mean" : "sum" };
}
