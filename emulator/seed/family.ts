import type { PropertyValues } from "../model";
import type { GoalKind } from "./kinds";
import { endValue, type EndStyle, type Period } from "./periods";
import { kpiValue, sliceStatus, type Performance } from "./progress";
import type { IdFactory } from "./ids";
import type { Random } from "./random";

/** Who a schedule belongs to. `owner` fills hubspot_owner_id; `user` only hs_assignee_user_id. */
export type Assignee =
  | { kind: "owner"; ownerId: string; userId: string | null; performance: Performance }
  | { kind: "user"; ownerId: string | null; userId: string; performance: Performance }
  | { kind: "team"; teamId: string; performance: Performance };

export interface FamilySpec {
  name: string;
  kind: GoalKind;
  milestone: "weekly" | "monthly" | "quarterly" | "yearly";
  periods: Period[];
  endStyle: EndStyle;
  assignees: Assignee[];
  /** Target of one slice before rounding. */
  amount: (assignee: Assignee, period: Period, index: number) => number;
  createdAt: Date;
  createdByUserId: string;
  currency: string;
  fiscalYearOffset: number;
  /** A standalone target has neither a family uuid nor a schedule group. */
  standalone?: boolean;
  archivedAt?: Date;
}

/** A record before ids are handed out (ids follow creation order across all families). */
export interface TargetDraft {
  properties: PropertyValues;
  createdAt: Date;
  updatedAt: Date;
  archivedAt?: Date;
}

/**
 * Every assignee property, null where it does not apply, so that every record has the same keys in
 * the same order: with two shapes spread into the record, seeding 100,000 targets took twice as long.
 */
interface AssigneeProperties {
  hubspot_owner_id: string | null;
  hs_assignee_user_id: string | null;
  hs_assignee_team_id: string | null;
  hs_all_owner_ids: string | null;
  hs_all_team_ids: string | null;
  hs_owner_ids_of_all_owners: string | null;
  hs_user_ids_of_all_owners: string | null;
  hs_participant_type: string;
  hs_assignee_property_name: string;
}

function assigneeProperties(assignee: Assignee): AssigneeProperties {
  if (assignee.kind === "team") {
    return {
      hubspot_owner_id: null,
      hs_assignee_user_id: null,
      hs_assignee_team_id: assignee.teamId,
      hs_all_owner_ids: null,
      hs_all_team_ids: assignee.teamId,
      hs_owner_ids_of_all_owners: null,
      hs_user_ids_of_all_owners: null,
      hs_participant_type: "teams",
      hs_assignee_property_name: "hs_assignee_team_id",
    };
  }
  return {
    hubspot_owner_id: assignee.kind === "owner" ? assignee.ownerId : null,
    hs_assignee_user_id: assignee.kind === "user" ? assignee.userId : null,
    hs_assignee_team_id: null,
    hs_all_owner_ids: assignee.kind === "owner" ? assignee.ownerId : null,
    hs_all_team_ids: null,
    hs_owner_ids_of_all_owners: assignee.ownerId,
    hs_user_ids_of_all_owners: assignee.userId,
    hs_participant_type: "users",
    hs_assignee_property_name: assignee.kind === "owner" ? "hubspot_owner_id" : "hs_assignee_user_id",
  };
}

function kpiFilterGroups(assignee: Assignee, kind: GoalKind): string {
  const filters: Array<Record<string, unknown>> = [];
  if (assignee.kind === "team") filters.push({ property: "hubspot_team_id", operator: "EQ", value: assignee.teamId });
  else if (assignee.ownerId) filters.push({ property: "hubspot_owner_id", operator: "EQ", value: assignee.ownerId });
  if (kind.pipelineIds) filters.push({ property: "pipeline", operator: "IN", values: kind.pipelineIds.split(";") });
  if (kind.kpiObjectType === "DEAL") filters.push({ property: "hs_is_closed_won", operator: "EQ", value: "true" });
  return JSON.stringify([{ filters }]);
}

function formatAmount(value: number): string {
  return value.toFixed(2);
}

export function draftFamily(spec: FamilySpec, random: Random, ids: IdFactory, now: Date): TargetDraft[] {
  const { kind } = spec;
  const familyUuid = spec.standalone ? null : random.uuid();
  const drafts: TargetDraft[] = [];
  let tick = 0;

  for (const assignee of spec.assignees) {
    const groupId = spec.standalone ? null : ids.group();
    const assigned = assigneeProperties(assignee);
    const filterGroups = kpiFilterGroups(assignee, kind);
    spec.periods.forEach((period, index) => {
      const target = spec.amount(assignee, period, index);
      const value = kpiValue(kind, assignee.performance, target, period, now, random);
      const status = sliceStatus(kind, period, now, target, value);
      const createdAt = new Date(spec.createdAt.getTime() + tick * 13);
      tick += 1;
      const calculatedAt =
        value === null ? null : new Date(Math.min(now.getTime(), period.end.getTime()) - random.int(60, 5400) * 1000);
      const updatedAt = calculatedAt && calculatedAt > createdAt ? calculatedAt : createdAt;
      const money = kind.unitType === "currency";

      drafts.push({
        createdAt,
        updatedAt,
        archivedAt: spec.archivedAt,
        properties: {
          hs_goal_name: spec.name,
          hs_goal_type: kind.goalType,
          hs_milestone: spec.milestone,
          hs_target_amount: formatAmount(target),
          hs_target_amount_in_home_currency: money ? formatAmount(target) : null,
          hs_start_datetime: period.start.toISOString(),
          hs_end_datetime: endValue(period, spec.endStyle),
          hs_created_by_user_id: spec.createdByUserId,
          hs_group_correlation_uuid: familyUuid,
          hs_goal_target_group_id: groupId,
          hs_unique_creation_key: random.uuid(),
          hs_pipeline_ids: kind.pipelineIds,
          ...assigned,
          hs_kpi_value: value,
          hs_kpi_progress_percent: null,
          hs_kpi_value_last_calculated_at: calculatedAt?.toISOString() ?? null,
          hs_should_recalculate: "false",
          hs_kpi_tracking_method: kind.trackingMethod,
          hs_kpi_metric_type: kind.metricType,
          hs_kpi_unit_type: kind.unitType,
          hs_kpi_display_unit: kind.displayUnit,
          hs_kpi_object_type: kind.kpiObjectType,
          hs_kpi_object_type_id: kind.kpiObjectTypeId,
          hs_kpi_property_name: kind.kpiPropertyName,
          hs_kpi_time_period_property: kind.timePeriodProperty,
          hs_kpi_filter_groups: filterGroups,
          hs_static_kpi_filter_groups: "[]",
          hs_status: status.status,
          hs_status_display_order: status.displayOrder,
          hs_outcome: status.outcome,
          hs_currency: money ? spec.currency : null,
          hs_goal_target_currency_code: money ? spec.currency : null,
          hs_fiscal_year_offset: String(spec.fiscalYearOffset),
          hs_is_forecastable: String(kind.forecastable),
          hs_edit_updates_notification_frequency: "weekly",
          hs_progress_updates_notification_frequency: "weekly",
          hs_should_notify_on_achieved: "true",
          hs_should_notify_on_exceeded: "false",
          hs_should_notify_on_kickoff: "true",
          hs_should_notify_on_missed: "false",
          hs_should_notify_on_progress_updates: "true",
          hs_should_notify_on_edit_updates: "false",
        },
      });
    });
  }
  return drafts;
}

/** Rounds a target to a value a sales manager would type. */
export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}
