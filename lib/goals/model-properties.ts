/**
 * The goal_target properties the goal model reads: every load of targets asks HubSpot for these.
 * Without an explicit list HubSpot returns only the three bookkeeping properties, so this list is
 * what makes a target usable at all. (What a caller of the public API may name is the wider
 * KNOWN_PROPERTIES in lib/hubspot/properties.ts.)
 */
export const MODEL_PROPERTIES = [
  // identity, period and amount
  "hs_object_id",
  "hs_goal_name",
  "hs_goal_type",
  "hs_milestone",
  "hs_start_datetime",
  "hs_end_datetime",
  "hs_target_amount",
  "hs_group_correlation_uuid",
  "hs_goal_target_group_id",
  "hs_created_by_user_id",
  "hs_createdate",
  "hs_lastmodifieddate",
  "hs_fiscal_year_offset",
  "hs_currency",
  "hs_goal_target_currency_code",
  "hs_pipeline_ids",
  "hs_pipelines",
  "hs_status",
  "hs_outcome",
  // assignee: owner id (documented), user id (observed in real portals) or team
  "hubspot_owner_id",
  "hs_assignee_user_id",
  "hs_assignee_team_id",
  "hubspot_team_id",
  "hs_assignee_property_name",
  "hs_participant_type",
  // progress and how to judge it
  "hs_kpi_value",
  "hs_kpi_progress_percent",
  "hs_kpi_metric_type",
  "hs_kpi_tracking_method",
  "hs_kpi_unit_type",
  "hs_kpi_display_unit",
  "hs_kpi_property_name",
  "hs_kpi_object_type",
  "hs_kpi_object_type_id",
  "hs_kpi_value_last_calculated_at",
] as const;

export type ModelProperty = (typeof MODEL_PROPERTIES)[number];
