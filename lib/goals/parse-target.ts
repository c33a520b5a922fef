import { multiply, parseDecimal } from "./decimal";
import { toIso } from "./instant";
import type { AssigneeRef, Direction, Target } from "./model";
import { exclusiveEnd, parseInstant } from "./parse-instant";

export { MODEL_PROPERTIES } from "./model-properties";
export type { ModelProperty } from "./model-properties";

/** A goal_target record as HubSpot's CRM object APIs return it. */
export interface TargetRecord {
  id: string;
  properties: Record<string, string | null | undefined>;
  createdAt: string;
  updatedAt: string;
  archived?: boolean;
}

/**
 * Raised only for records that cannot be placed in time. Every other oddity gets a documented
 * default, because one malformed slice must not hide a manager's whole goal list.
 */
export class TargetParseError extends Error {
  readonly targetId: string;
  readonly property: string;
  readonly value: string | null;

  constructor(targetId: string, property: string, value: string | null, reason: string) {
    super(`Goal target ${targetId}: ${property} ${reason}${value === null ? "" : ` (${JSON.stringify(value)})`}`);
    this.name = "TargetParseError";
    this.targetId = targetId;
    this.property = property;
    this.value = value;
  }
}

/**
 * Parses one record. Defaults, where HubSpot leaves a property empty or sends garbage:
 * - amount: "0". A slice without a target has nothing to reach; zero keeps goal totals summable.
 * - actual: null. HubSpot not knowing progress is not the same as zero progress.
 * - goalId / scheduleId: the record's own id, so the target stands alone rather than merging with others.
 * - direction HIGHER_IS_BETTER, metric SUM, fiscal offset 0: HubSpot's own defaults.
 * - createdAt / updatedAt: the hs_ date properties, then the epoch; they only order records.
 */
export function toTarget(record: TargetRecord): Target {
  const props = record.properties ?? {};
  const read = (name: string): string | null => {
    const value = props[name];
    if (value == null) return null;
    const text = String(value).trim();
    return text === "" ? null : text;
  };
  const id = String(record.id ?? read("hs_object_id") ?? "").trim();

  const startRaw = read("hs_start_datetime");
  const endRaw = props.hs_end_datetime ?? null;
  const start = parseInstant(startRaw);
  if (startRaw === null) throw new TargetParseError(id, "hs_start_datetime", null, "is missing");
  if (!start) throw new TargetParseError(id, "hs_start_datetime", startRaw, "is not a date");
  if (endRaw === null || endRaw.trim() === "") throw new TargetParseError(id, "hs_end_datetime", null, "is missing");
  const end = parseInstant(endRaw);
  if (!end) throw new TargetParseError(id, "hs_end_datetime", endRaw, "is not a date");
  const endMs = exclusiveEnd(end);
  if (endMs <= start.ms) throw new TargetParseError(id, "hs_end_datetime", endRaw, "is not after the start");

  const goalType = read("hs_goal_type");
  const unit = unitOf(read("hs_kpi_unit_type"), read("hs_kpi_display_unit"), goalType, read("hs_kpi_property_name"));
  const toModel = durationScale(unit, read("hs_kpi_display_unit"));
  const amount = parseDecimal(read("hs_target_amount")) ?? "0";
  const actual = parseDecimal(read("hs_kpi_value"));
  return {
    id,
    goalId: read("hs_group_correlation_uuid") ?? id,
    scheduleId: read("hs_goal_target_group_id") ?? id,
    name: read("hs_goal_name") ?? "",
    goalType,
    cadence: read("hs_milestone")?.toLowerCase() ?? null,
    start: toIso(start.ms),
    end: toIso(endMs),
    endRaw,
    amount: toModel(amount),
    actual: actual === null ? null : toModel(actual),
    direction: directionOf(read("hs_kpi_tracking_method")),
    metricType: metricTypeOf(read("hs_kpi_metric_type")),
    unit,
    assignee: assigneeOf(read),
    pipelineIds: idList(read("hs_pipeline_ids") ?? read("hs_pipelines")),
    pipelineObject: pipelineObjectOf(read("hs_kpi_object_type"), read("hs_kpi_object_type_id")),
    createdByUserId: read("hs_created_by_user_id"),
    fiscalYearOffset: fiscalOffsetOf(read("hs_fiscal_year_offset")),
    currency: currencyOf(read("hs_currency") ?? read("hs_goal_target_currency_code")),
    createdAt: instantOr(record.createdAt, read("hs_createdate")),
    updatedAt: instantOr(record.updatedAt, read("hs_lastmodifieddate")),
    archived: record.archived === true,
  };
}

const MS_PER_DISPLAY_UNIT: Record<string, number> = {
  millisecond: 1,
  milliseconds: 1,
  second: 1_000,
  seconds: 1_000,
  minute: 60_000,
  minutes: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
};

/**
 * Duration amounts are kept in milliseconds, HubSpot's unit for duration properties. A goal whose
 * display unit names a larger unit carries its amounts in that unit ("7.50" hours), so they are
 * scaled exactly; everything else passes through unchanged.
 */
function durationScale(unit: Target["unit"], displayUnit: string | null): (value: string) => string {
  const factor = unit === "duration" ? MS_PER_DISPLAY_UNIT[displayUnit?.toLowerCase() ?? ""] : undefined;
  return factor === undefined || factor === 1 ? (value) => value : (value) => multiply(value, factor);
}

/** Deals and tickets are the objects with pipelines a goal can be limited to. */
function pipelineObjectOf(type: string | null, typeId: string | null): Target["pipelineObject"] {
  const upper = type?.toUpperCase();
  if (upper === "DEAL" || typeId === "0-3") return "deals";
  if (upper === "TICKET" || typeId === "0-5") return "tickets";
  return null;
}

function directionOf(method: string | null): Direction {
  return method?.toUpperCase() === "LOWER_IS_BETTER" ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
}

function metricTypeOf(metric: string | null): Target["metricType"] {
  const upper = metric?.toUpperCase();
  return upper === "AVG" || upper === "AVERAGE" ? "AVG" : "SUM";
}

const CURRENCY_UNITS = new Set(["currency", "money", "monetary"]);
const DURATION_UNITS = new Set(["duration", "time"]);
const COUNT_UNITS = new Set(["count", "number", "numeric", "integer"]);
const DURATION_DISPLAY_UNITS = new Set([
  "millisecond", "milliseconds", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
]);
const CURRENCY_GOAL_WORDS = new Set(["quota", "revenue", "amount", "sales", "arr", "mrr"]);

/**
 * HubSpot names the unit explicitly only on some goal types, so the goal type and the measured
 * property are the fallbacks: quota/revenue goals are money, response-time goals are durations.
 */
function unitOf(
  unitType: string | null,
  displayUnit: string | null,
  goalType: string | null,
  kpiProperty: string | null,
): Target["unit"] {
  const declared = unitType?.toLowerCase();
  if (declared && CURRENCY_UNITS.has(declared)) return "currency";
  if (declared && DURATION_UNITS.has(declared)) return "duration";
  if (declared && COUNT_UNITS.has(declared)) return "count";
  if (displayUnit && DURATION_DISPLAY_UNITS.has(displayUnit.toLowerCase())) return "duration";
  const words = (goalType ?? "").toLowerCase().split(/[^a-z0-9]+/);
  if (words.some((word) => CURRENCY_GOAL_WORDS.has(word))) return "currency";
  if (words.includes("time")) return "duration";
  if (kpiProperty && /amount/i.test(kpiProperty)) return "currency";
  return "count";
}

function assigneeOf(read: (name: string) => string | null): AssigneeRef {
  const owner = read("hubspot_owner_id");
  const user = read("hs_assignee_user_id");
  const team = read("hs_assignee_team_id") ?? read("hubspot_team_id");
  const assigneeProperty = read("hs_assignee_property_name")?.toLowerCase() ?? "";
  const participant = read("hs_participant_type")?.toLowerCase() ?? "";
  // A team goal may still carry its creator as owner; HubSpot's own hints say which field assigns it.
  const teamDeclared = assigneeProperty.includes("team") || participant.startsWith("team");
  if (team && teamDeclared) return { kind: "team", id: team };
  if (owner) return { kind: "owner", id: owner };
  if (user) return { kind: "user", id: user };
  if (team) return { kind: "team", id: team };
  return { kind: "none" };
}

/** HubSpot joins multi-valued ids with ";" (enumerations) and some tools write ","; accept both. */
function idList(raw: string | null): string[] {
  if (raw === null) return [];
  const ids = raw
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return [...new Set(ids)];
}

function fiscalOffsetOf(raw: string | null): number {
  const value = raw === null ? NaN : Number(raw);
  if (!Number.isInteger(value)) return 0;
  return ((value % 12) + 12) % 12;
}

function currencyOf(raw: string | null): string | null {
  const code = raw?.toUpperCase() ?? null;
  return code !== null && /^[A-Z]{3}$/.test(code) ? code : null;
}

function instantOr(primary: string | null | undefined, fallback: string | null): string {
  for (const candidate of [primary, fallback]) {
    const parsed = parseInstant(candidate ?? null);
    if (parsed) return toIso(parsed.ms);
  }
  return toIso(0);
}
