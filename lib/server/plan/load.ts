import "server-only";
import type { PlanResponse } from "@/lib/contracts/plan";
import { indexDirectory, resolveAssignee, type DirectoryIndex } from "@/lib/goals/assignees";
import { parseDecimal } from "@/lib/goals/decimal";
import { toTarget } from "@/lib/goals/parse-target";
import { familyProblems, lastYearOf, type PastTarget, type PlanTarget, yearBefore } from "@/lib/goals/plan";
import { canWriteGoals, type PortalContext, searchAllPages, type WireRecord } from "@/lib/hubspot";
import { metaFor } from "../goals-dataset";
import { freshFamily } from "./family";

const PAST_PROPERTIES = ["hs_goal_type", "hs_start_datetime", "hs_end_datetime", "hs_target_amount", "hs_kpi_value", "hubspot_owner_id", "hs_assignee_user_id", "hs_assignee_team_id", "hubspot_team_id", "hs_assignee_property_name", "hs_participant_type", "hs_group_correlation_uuid", "hs_goal_target_group_id"];

export function namesOf(targets: readonly PlanTarget[], index: DirectoryIndex): Record<string, string> {
  const names: Record<string, string> = {};
  for (const target of targets) {
    if (names[target.assigneeKey]) continue;
    const [kind, id] = target.assigneeKey.split(":") as ["owner" | "user" | "team", string];
    names[target.assigneeKey] = target.assigneeKey === "none" ? "Unassigned" : resolveAssignee({ kind, id }, index).name;
  }
  return names;
}

/**
 * Last year's targets and actuals for the plan's cells: one search over the same goal type in the
 * year before the plan's periods (a few calls at most, in HubSpot's own units).
 */
async function lastYearFor(ctx: PortalContext, targets: readonly PlanTarget[], goalType: string | null, index: DirectoryIndex) {
  if (!goalType || targets.length === 0) return {};
  const starts = targets.map((t) => Date.parse(yearBefore(t.start, t.milestone)));
  const from = Math.min(...starts);
  const to = Math.max(...starts);
  const records = await searchAllPages(
    ctx,
    [
      { propertyName: "hs_goal_type", operator: "EQ", value: goalType },
      { propertyName: "hs_start_datetime", operator: "BETWEEN", value: String(from), highValue: String(to) },
    ],
    PAST_PROPERTIES,
  );
  const past: PastTarget[] = [];
  for (const record of records) {
    try {
      const target = toTarget(record);
      past.push({
        assigneeKey: resolveAssignee(target.assignee, index).key,
        goalType: target.goalType,
        start: target.start,
        end: target.end,
        amount: parseDecimal(record.properties.hs_target_amount) ?? "0",
        actual: parseDecimal(record.properties.hs_kpi_value),
      });
    } catch {
      // undated records cannot be last year's anything
    }
  }
  return lastYearOf(targets, goalType, past);
}

function first(records: readonly WireRecord[], name: string): string | null {
  for (const record of records) {
    const value = record.properties[name];
    if (value) return value;
  }
  return null;
}

function parsed(records: readonly WireRecord[]) {
  for (const record of records) {
    try {
      return toTarget(record);
    } catch {
      // try the next one
    }
  }
  return null;
}

export async function loadPlan(ctx: PortalContext, goalId: string): Promise<PlanResponse> {
  const meta = await metaFor(ctx);
  const index = indexDirectory(meta.directory);
  const { records, targets, aggregate } = await freshFamily(ctx, goalId, index);
  const sample = parsed(records);
  const names = namesOf(targets, index);
  const goalType = first(records, "hs_goal_type");
  return {
    portalId: ctx.portalId,
    goalId,
    name: first(records, "hs_goal_name") ?? "",
    goalType,
    cadence: first(records, "hs_milestone")?.toLowerCase() ?? null,
    unit: sample?.unit ?? "count",
    displayUnit: first(records, "hs_kpi_display_unit"),
    aggregate,
    currency: sample?.currency ?? null,
    account: meta.account,
    canEdit: canWriteGoals(ctx),
    targets,
    names,
    lastYear: await lastYearFor(ctx, targets, goalType, index),
    problems: familyProblems(targets, (key) => names[key] ?? key),
    loadedAt: new Date().toISOString(),
  };
}
