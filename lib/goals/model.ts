/**
 * Goalboard's domain model. HubSpot sends every property as a string; the gateway parses a record
 * once into these shapes. Everything here is plain JSON (ISO instants, decimal strings) so the same
 * values travel from server to browser unchanged and the pure goal maths runs on both sides.
 */

/** How HubSpot judges a goal: most goals count up; response-time style goals are better when lower. */
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

/** Who carries a target. HubSpot assigns by owner id, by user id (seen in real portals) or by team. */
export type AssigneeRef =
  | { kind: "owner"; id: string }
  | { kind: "user"; id: string }
  | { kind: "team"; id: string }
  | { kind: "none" };

/** One goal_target record: one assignee, one period. */
export interface Target {
  id: string;
  /** `hs_group_correlation_uuid`, or the target's own id when the target stands alone. */
  goalId: string;
  /** `hs_goal_target_group_id`, or the target's own id when absent. */
  scheduleId: string;
  name: string;
  goalType: string | null;
  /** `hs_milestone`: weekly, monthly, quarterly, yearly... as HubSpot sends it (lower-cased). */
  cadence: string | null;
  /** Period start, ISO instant (UTC, `toISOString()` form so strings sort chronologically). */
  start: string;
  /** Period end as an exclusive instant: `...T23:59:59.999Z` is normalised to the next millisecond. */
  end: string;
  /** `hs_end_datetime` exactly as HubSpot sent it. */
  endRaw: string;
  /** `hs_target_amount` as an exact decimal string. */
  amount: string;
  /** `hs_kpi_value` as an exact decimal string, or null when HubSpot has no progress. */
  actual: string | null;
  direction: Direction;
  /** `hs_kpi_metric_type`: SUM goals accumulate over time; AVG goals (response times) do not. */
  metricType: "SUM" | "AVG";
  /** Unit of the amounts: a currency for revenue goals, otherwise a count or duration. */
  unit: "currency" | "count" | "duration";
  assignee: AssigneeRef;
  pipelineIds: string[];
  /** The CRM records the goal counts (`hs_kpi_object_type`): whose pipelines `pipelineIds` name. */
  pipelineObject: "deals" | "tickets" | null;
  createdByUserId: string | null;
  /** Months by which the portal's fiscal year is offset from the calendar year (0 = January). */
  fiscalYearOffset: number;
  currency: string | null;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

/** A resolved person or team, for display. */
export interface Owner {
  id: string;
  userId: string | null;
  email: string | null;
  name: string;
  teamIds: string[];
  archived: boolean;
}
export interface User {
  id: string;
  email: string | null;
  name: string;
  primaryTeamId: string | null;
  secondaryTeamIds: string[];
}
export interface Team {
  id: string;
  name: string;
  userIds: string[];
}
export interface Directory {
  owners: Owner[];
  users: User[];
  teams: Team[];
}

/** What Goalboard needs from `/account-info/v3/details`. */
export interface Account {
  portalId: number;
  timeZone: string;
  currency: string;
  utcOffset: string;
  uiDomain: string | null;
}
