/**
 * Goal-target property names Goalboard knows. Requests may only name these: HubSpot silently ignores
 * unknown names, so a typo would otherwise look like missing data instead of a mistake. (What the
 * goal model itself reads is the narrower MODEL_PROPERTIES in lib/goals/model-properties.ts.)
 */
export const KNOWN_PROPERTIES = [
  // identity and bookkeeping
  "hs_object_id",
  "hs_createdate",
  "hs_lastmodifieddate",
  "hs_created_by_user_id",
  "hs_updated_by_user_id",
  // the goal and its period
  "hs_goal_name",
  "hs_goal_type",
  "hs_milestone",
  "hs_target_amount",
  "hs_target_amount_in_home_currency",
  "hs_currency",
  "hs_goal_target_currency_code",
  "hs_start_datetime",
  "hs_end_datetime",
  "hs_fiscal_year_offset",
  "hs_group_correlation_uuid",
  "hs_goal_target_group_id",
  "hs_template_id",
  "hs_pipeline_ids",
  "hs_pipelines",
  "hs_status",
  "hs_status_display_order",
  "hs_outcome",
  "hs_is_forecastable",
  "hs_participant_type",
  // assignment
  "hubspot_owner_id",
  "hubspot_team_id",
  "hs_assignee_user_id",
  "hs_assignee_team_id",
  "hs_assignee_property_name",
  "hs_all_owner_ids",
  "hs_all_team_ids",
  "hs_owner_ids_of_all_owners",
  "hs_user_ids_of_all_owners",
  // progress
  "hs_kpi_value",
  "hs_kpi_progress_percent",
  "hs_kpi_value_last_calculated_at",
  "hs_kpi_value_calculated_at",
  "hs_kpi_metric_type",
  "hs_kpi_tracking_method",
  "hs_kpi_object_type",
  "hs_kpi_object_type_id",
  "hs_kpi_property_name",
  "hs_kpi_time_period_property",
  "hs_kpi_filter_groups",
  "hs_kpi_unit_type",
  "hs_kpi_display_unit",
  "hs_kpi_is_team_rollup",
  "hs_should_recalculate",
  // notifications
  "hs_should_notify_on_achieved",
  "hs_should_notify_on_exceeded",
  "hs_should_notify_on_kickoff",
  "hs_should_notify_on_missed",
  "hs_should_notify_on_progress_updates",
  "hs_should_notify_on_edit_updates",
  "hs_edit_updates_notification_frequency",
  "hs_progress_updates_notification_frequency",
] as const;

export type KnownProperty = (typeof KNOWN_PROPERTIES)[number];

/** Properties whose values HubSpot compares as numbers or instants in search filters. */
export const SORTABLE_PROPERTIES = [
  "hs_object_id",
  "hs_createdate",
  "hs_lastmodifieddate",
  "hs_goal_name",
  "hs_target_amount",
  "hs_start_datetime",
  "hs_end_datetime",
  "hs_kpi_value",
] as const satisfies readonly KnownProperty[];
