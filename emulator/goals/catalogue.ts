/**
 * The goal_target property catalogue. HubSpot publishes no machine-readable glossary, so this list is
 * assembled from the research notes (docs examples, a real record dump, third-party tools). The type
 * decides how search compares values: numbers numerically, datetimes as instants, strings
 * case-insensitively, enumerations and booleans exactly.
 */

export type PropertyType = "number" | "datetime" | "date" | "string" | "enumeration" | "bool";

export interface PropertyDefinition {
  name: string;
  type: PropertyType;
  /** Computed by HubSpot; writes are rejected with READ_ONLY_VALUE. */
  readOnly?: boolean;
}

const number = (name: string, readOnly = false): PropertyDefinition => ({ name, type: "number", readOnly });
const datetime = (name: string, readOnly = false): PropertyDefinition => ({ name, type: "datetime", readOnly });
const string = (name: string, readOnly = false): PropertyDefinition => ({ name, type: "string", readOnly });
const enumeration = (name: string, readOnly = false): PropertyDefinition => ({ name, type: "enumeration", readOnly });
const bool = (name: string, readOnly = false): PropertyDefinition => ({ name, type: "bool", readOnly });

const definitions: PropertyDefinition[] = [
  // identity and bookkeeping
  number("hs_object_id", true),
  datetime("hs_createdate", true),
  datetime("hs_lastmodifieddate", true),
  number("hs_created_by_user_id"),
  number("hs_updated_by_user_id", true),
  string("hs_unique_creation_key"),
  string("hs_merged_object_ids", true),
  bool("hs_read_only", true),
  // the goal itself
  string("hs_goal_name"),
  enumeration("hs_goal_type"),
  enumeration("hs_milestone"),
  number("hs_target_amount"),
  number("hs_target_amount_in_home_currency", true),
  datetime("hs_start_datetime"),
  datetime("hs_end_datetime"),
  { name: "hs_start_date", type: "date" },
  { name: "hs_end_date", type: "date" },
  string("hs_group_correlation_uuid"),
  number("hs_goal_target_group_id"),
  string("hs_pipeline_ids"),
  string("hs_pipelines"),
  enumeration("hs_currency"),
  enumeration("hs_goal_target_currency_code"),
  number("hs_fiscal_year_offset"),
  enumeration("hs_participant_type"),
  number("hs_template_id"),
  bool("hs_is_forecastable"),
  number("hs_forecast_type_id"),
  bool("hs_is_legacy", true),
  // assignment
  enumeration("hubspot_owner_id"),
  datetime("hubspot_owner_assigneddate"),
  number("hs_assignee_user_id"),
  number("hs_assignee_team_id"),
  enumeration("hubspot_team_id"),
  enumeration("hs_assignee_property_name"),
  enumeration("hs_all_owner_ids", true),
  enumeration("hs_all_team_ids", true),
  enumeration("hs_all_accessible_team_ids", true),
  enumeration("hs_all_assigned_business_unit_ids", true),
  string("hs_owner_ids_of_all_owners", true),
  string("hs_user_ids_of_all_owners", true),
  string("hs_user_ids_of_all_notification_followers", true),
  string("hs_user_ids_of_all_notification_unfollowers", true),
  // progress (KPI)
  number("hs_kpi_value"),
  number("hs_kpi_progress_percent", true),
  datetime("hs_kpi_value_last_calculated_at", true),
  datetime("hs_kpi_value_calculated_at", true),
  bool("hs_should_recalculate"),
  enumeration("hs_kpi_tracking_method"),
  enumeration("hs_kpi_metric_type"),
  enumeration("hs_kpi_unit_type"),
  enumeration("hs_kpi_display_unit"),
  enumeration("hs_kpi_object_type"),
  string("hs_kpi_object_type_id"),
  string("hs_kpi_property_name"),
  string("hs_kpi_time_period_property"),
  enumeration("hs_kpi_time_period_property_type"),
  string("hs_kpi_filter_groups"),
  string("hs_static_kpi_filter_groups"),
  string("hs_kpi_filter_groups_for_key_grouping"),
  string("hs_kpi_filter_groups_for_key_team_grouping"),
  bool("hs_kpi_is_team_rollup"),
  string("hs_kpi_single_object_custom_goal_type_name"),
  enumeration("hs_status"),
  number("hs_status_display_order", true),
  enumeration("hs_outcome"),
  // notifications
  enumeration("hs_edit_updates_notification_frequency"),
  enumeration("hs_progress_updates_notification_frequency"),
  bool("hs_should_notify_on_achieved"),
  bool("hs_should_notify_on_exceeded"),
  bool("hs_should_notify_on_kickoff"),
  bool("hs_should_notify_on_missed"),
  bool("hs_should_notify_on_progress_updates"),
  bool("hs_should_notify_on_edit_updates"),
];

export const PROPERTY_CATALOGUE: ReadonlyMap<string, PropertyDefinition> = new Map(
  definitions.map((definition) => [definition.name, definition]),
);

export const PROPERTY_NAMES: readonly string[] = definitions.map((definition) => definition.name);

/** What HubSpot returns when a request names no properties. */
export const DEFAULT_PROPERTIES = ["hs_createdate", "hs_lastmodifieddate", "hs_object_id"] as const;

/** `query` in a search looks only at these. */
export const SEARCHABLE_TEXT_PROPERTIES = ["hs_goal_name"] as const;
