/**
 * Goal templates: what a goal measures decides its KPI definition, units and how its progress
 * numbers look. Values follow the observed payloads in the research notes.
 */

export interface GoalKind {
  goalType: string;
  trackingMethod: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  metricType: "SUM" | "AVG";
  unitType: "currency" | "count" | "duration";
  displayUnit: string | null;
  kpiObjectType: string;
  kpiObjectTypeId: string;
  kpiPropertyName: string;
  timePeriodProperty: string;
  /** Digits after the decimal point of hs_kpi_value. */
  kpiDecimals: number;
  pipelineIds: string | null;
  forecastable: boolean;
}

const deals = { kpiObjectType: "DEAL", kpiObjectTypeId: "0-3", timePeriodProperty: "closedate", pipelineIds: "default" };

export const REVENUE: GoalKind = {
  ...deals,
  goalType: "sales_quota",
  trackingMethod: "HIGHER_IS_BETTER",
  metricType: "SUM",
  unitType: "currency",
  displayUnit: null,
  kpiPropertyName: "amount_in_home_currency",
  kpiDecimals: 2,
  forecastable: true,
};

export const DEALS_WON: GoalKind = {
  ...deals,
  goalType: "deals_won",
  trackingMethod: "HIGHER_IS_BETTER",
  metricType: "SUM",
  unitType: "count",
  displayUnit: null,
  kpiPropertyName: "hs_object_id",
  kpiDecimals: 0,
  forecastable: false,
};

export const CALLS: GoalKind = {
  goalType: "calls_made",
  trackingMethod: "HIGHER_IS_BETTER",
  metricType: "SUM",
  unitType: "count",
  displayUnit: null,
  kpiObjectType: "CALL",
  kpiObjectTypeId: "0-48",
  kpiPropertyName: "hs_object_id",
  timePeriodProperty: "hs_timestamp",
  kpiDecimals: 0,
  pipelineIds: null,
  forecastable: false,
};

export const MEETINGS: GoalKind = {
  ...CALLS,
  goalType: "meetings_booked",
  kpiObjectType: "MEETING",
  kpiObjectTypeId: "0-47",
};

export const LEADS: GoalKind = {
  ...CALLS,
  goalType: "leads_created",
  kpiObjectType: "CONTACT",
  kpiObjectTypeId: "0-1",
  timePeriodProperty: "createdate",
};

export const TICKET_RESPONSE: GoalKind = {
  goalType: "average_ticket_response_time",
  trackingMethod: "LOWER_IS_BETTER",
  metricType: "AVG",
  unitType: "duration",
  displayUnit: "hour",
  kpiObjectType: "TICKET",
  kpiObjectTypeId: "0-5",
  kpiPropertyName: "time_to_first_agent_reply",
  timePeriodProperty: "createdate",
  kpiDecimals: 2,
  pipelineIds: "0",
  forecastable: false,
};
