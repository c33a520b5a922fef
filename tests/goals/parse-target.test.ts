import { describe, expect, it } from "vitest";
import { MODEL_PROPERTIES, TargetParseError, toTarget } from "@/lib/goals/parse-target";
import { makeRecord } from "./fixtures";

describe("toTarget", () => {
  it("parses a documented monthly slice", () => {
    const target = toTarget(
      makeRecord({
        hs_goal_name: " 2026 Revenue Quota ",
        hs_goal_type: "sales_quota",
        hs_milestone: "Monthly",
        hs_target_amount: "5000.00",
        hs_kpi_value: "1234.50",
        hs_group_correlation_uuid: "3f0b6c1e-1111-4222-8333-444455556666",
        hs_goal_target_group_id: "880011",
        hubspot_owner_id: "77",
        hs_created_by_user_id: "9001",
        hs_pipeline_ids: "default;12345",
        hs_kpi_object_type: "DEAL",
        hs_currency: "eur",
        hs_fiscal_year_offset: "3",
      }),
    );
    expect(target).toEqual({
      id: "501",
      goalId: "3f0b6c1e-1111-4222-8333-444455556666",
      scheduleId: "880011",
      name: "2026 Revenue Quota",
      goalType: "sales_quota",
      cadence: "monthly",
      start: "2026-01-01T00:00:00.000Z",
      end: "2026-02-01T00:00:00.000Z",
      endRaw: "2026-01-31T23:59:59.999Z",
      amount: "5000",
      actual: "1234.5",
      direction: "HIGHER_IS_BETTER",
      metricType: "SUM",
      unit: "currency",
      assignee: { kind: "owner", id: "77" },
      pipelineIds: ["default", "12345"],
      pipelineObject: "deals",
      createdByUserId: "9001",
      fiscalYearOffset: 3,
      currency: "EUR",
      createdAt: "2025-12-01T10:00:00.000Z",
      updatedAt: "2025-12-02T10:00:00.000Z",
      archived: false,
    });
  });

  describe("period ends", () => {
    const endOf = (raw: string) => toTarget(makeRecord({ hs_end_datetime: raw })).end;

    it("normalises inclusive ends to the next instant and keeps exclusive ones", () => {
      expect(endOf("2026-01-31T23:59:59.999Z")).toBe("2026-02-01T00:00:00.000Z");
      expect(endOf("2026-02-01T00:00:00Z")).toBe("2026-02-01T00:00:00.000Z");
      expect(endOf("2026-01-31T23:59:59Z")).toBe("2026-02-01T00:00:00.000Z");
      expect(endOf("2026-01-31T23:59:59.9999999Z")).toBe("2026-02-01T00:00:00.000Z");
      expect(endOf("2026-01-31")).toBe("2026-02-01T00:00:00.000Z");
    });

    it("keeps offsets from the wire", () => {
      expect(endOf("2026-01-31T23:59:59.999-05:00")).toBe("2026-02-01T05:00:00.000Z");
      expect(endOf("2026-02-01T00:00:00+0530")).toBe("2026-01-31T18:30:00.000Z");
    });

    it("accepts epoch milliseconds", () => {
      expect(endOf("1769904000000")).toBe("2026-02-01T00:00:00.000Z");
    });

    it("keeps the end exactly as sent in endRaw", () => {
      const target = toTarget(makeRecord({ hs_end_datetime: "2026-01-31T23:59:59.999Z" }));
      expect(target.endRaw).toBe("2026-01-31T23:59:59.999Z");
    });
  });

  it("falls back to the record id for goal and schedule ids", () => {
    const target = toTarget(makeRecord({ hs_group_correlation_uuid: null, hs_goal_target_group_id: "" }, "42"));
    expect(target.goalId).toBe("42");
    expect(target.scheduleId).toBe("42");
  });

  it("treats a missing or invalid amount as 0 and missing progress as null, not 0", () => {
    expect(toTarget(makeRecord({})).amount).toBe("0");
    expect(toTarget(makeRecord({ hs_target_amount: "lots" })).amount).toBe("0");
    expect(toTarget(makeRecord({})).actual).toBeNull();
    expect(toTarget(makeRecord({ hs_kpi_value: "n/a" })).actual).toBeNull();
    expect(toTarget(makeRecord({ hs_kpi_value: "0.0" })).actual).toBe("0");
  });

  it("reads direction and metric type", () => {
    const lower = toTarget(makeRecord({ hs_kpi_tracking_method: "LOWER_IS_BETTER", hs_kpi_metric_type: "AVG" }));
    expect(lower.direction).toBe("LOWER_IS_BETTER");
    expect(lower.metricType).toBe("AVG");
    const defaults = toTarget(makeRecord({ hs_kpi_tracking_method: "HIGHER_IS_BETTER", hs_kpi_metric_type: "SUM" }));
    expect(defaults.direction).toBe("HIGHER_IS_BETTER");
    expect(defaults.metricType).toBe("SUM");
    expect(toTarget(makeRecord({ hs_kpi_metric_type: "average" })).metricType).toBe("AVG");
  });

  it("derives the unit", () => {
    const unit = (props: Record<string, string | null>) => toTarget(makeRecord(props)).unit;
    expect(unit({ hs_goal_type: "sales_quota" })).toBe("currency");
    expect(unit({ hs_goal_type: "revenue" })).toBe("currency");
    expect(unit({ hs_goal_type: "custom", hs_kpi_property_name: "amount_in_home_currency" })).toBe("currency");
    expect(unit({ hs_goal_type: "average_ticket_response_time", hs_kpi_unit_type: "duration" })).toBe("duration");
    expect(unit({ hs_goal_type: "custom", hs_kpi_display_unit: "hour" })).toBe("duration");
    expect(unit({ hs_goal_type: "average_ticket_response_time" })).toBe("duration");
    expect(unit({ hs_goal_type: "meetings_booked" })).toBe("count");
    expect(unit({ hs_goal_type: "sales_quota", hs_kpi_unit_type: "count" })).toBe("count");
    expect(unit({})).toBe("count");
  });

  describe("assignee", () => {
    const assignee = (props: Record<string, string | null>) => toTarget(makeRecord(props)).assignee;

    it("prefers the owner id, then the user id, then the team", () => {
      expect(assignee({ hubspot_owner_id: "7", hs_assignee_user_id: "26748728" })).toEqual({ kind: "owner", id: "7" });
      expect(assignee({ hubspot_owner_id: null, hs_assignee_user_id: "26748728" })).toEqual({ kind: "user", id: "26748728" });
      expect(assignee({ hs_assignee_team_id: "55" })).toEqual({ kind: "team", id: "55" });
      expect(assignee({ hubspot_team_id: "56" })).toEqual({ kind: "team", id: "56" });
      expect(assignee({})).toEqual({ kind: "none" });
    });

    it("follows HubSpot's hint when a team goal also carries an owner", () => {
      expect(assignee({ hubspot_owner_id: "7", hs_assignee_team_id: "55", hs_assignee_property_name: "hs_assignee_team_id" })).toEqual({
        kind: "team",
        id: "55",
      });
      expect(assignee({ hubspot_owner_id: "7", hubspot_team_id: "55", hs_participant_type: "teams" })).toEqual({ kind: "team", id: "55" });
    });
  });

  it("splits pipeline ids on commas and semicolons, dropping blanks and repeats", () => {
    expect(toTarget(makeRecord({ hs_pipeline_ids: " 1, 2;3;;2 " })).pipelineIds).toEqual(["1", "2", "3"]);
    expect(toTarget(makeRecord({ hs_pipelines: "0" })).pipelineIds).toEqual(["0"]);
    expect(toTarget(makeRecord({})).pipelineIds).toEqual([]);
    // Whose pipelines the ids name: deals or tickets, by the KPI's object type or its id.
    expect(toTarget(makeRecord({ hs_kpi_object_type: "TICKET" })).pipelineObject).toBe("tickets");
    expect(toTarget(makeRecord({ hs_kpi_object_type_id: "0-3" })).pipelineObject).toBe("deals");
    expect(toTarget(makeRecord({ hs_kpi_object_type: "CALL" })).pipelineObject).toBeNull();
  });

  it("normalises fiscal offset and currency", () => {
    expect(toTarget(makeRecord({ hs_fiscal_year_offset: "-3" })).fiscalYearOffset).toBe(9);
    expect(toTarget(makeRecord({ hs_fiscal_year_offset: "1.5" })).fiscalYearOffset).toBe(0);
    expect(toTarget(makeRecord({ hs_currency: null, hs_goal_target_currency_code: "usd" })).currency).toBe("USD");
    expect(toTarget(makeRecord({ hs_currency: "dollars" })).currency).toBeNull();
  });

  it("keeps the archived flag and falls back to hs_ dates for timestamps", () => {
    const record = { ...makeRecord({ hs_createdate: "2025-11-01T00:00:00Z" }), archived: true, createdAt: "" };
    const target = toTarget(record);
    expect(target.archived).toBe(true);
    expect(target.createdAt).toBe("2025-11-01T00:00:00.000Z");
  });

  describe("records that cannot be placed in time", () => {
    const failure = (props: Record<string, string | null>) => {
      try {
        toTarget(makeRecord(props, "99"));
      } catch (error) {
        return error;
      }
      return null;
    };

    it("throws a typed error naming the record and property", () => {
      const error = failure({ hs_start_datetime: null });
      expect(error).toBeInstanceOf(TargetParseError);
      expect(error).toMatchObject({ name: "TargetParseError", targetId: "99", property: "hs_start_datetime" });
    });

    it.each([
      [{ hs_start_datetime: "" }, "hs_start_datetime"],
      [{ hs_start_datetime: "next tuesday" }, "hs_start_datetime"],
      [{ hs_start_datetime: "2026-02-30T00:00:00Z" }, "hs_start_datetime"],
      [{ hs_end_datetime: null }, "hs_end_datetime"],
      [{ hs_end_datetime: "2026-13-01T00:00:00Z" }, "hs_end_datetime"],
      [{ hs_end_datetime: "2025-12-01T00:00:00Z" }, "hs_end_datetime"],
      [{ hs_end_datetime: "2026-01-01T00:00:00Z" }, "hs_end_datetime"],
    ])("%j", (props, property) => {
      expect(failure(props)).toMatchObject({ property });
    });
  });
});

describe("MODEL_PROPERTIES", () => {
  it("covers every property toTarget reads", () => {
    const read = new Set<string>();
    const record = makeRecord({ hs_goal_name: "x" });
    const properties = new Proxy(record.properties, {
      get(target, name) {
        if (typeof name === "string") read.add(name);
        return target[name as string];
      },
    });
    toTarget({ ...record, properties });
    expect(read.size).toBeGreaterThan(20);
    expect([...read].filter((name) => !(MODEL_PROPERTIES as readonly string[]).includes(name))).toEqual([]);
  });

  it("includes the identity, assignee and kpi properties", () => {
    for (const name of [
      "hs_goal_name",
      "hs_start_datetime",
      "hs_end_datetime",
      "hs_target_amount",
      "hs_group_correlation_uuid",
      "hs_goal_target_group_id",
      "hubspot_owner_id",
      "hs_assignee_user_id",
      "hs_assignee_team_id",
      "hubspot_team_id",
      "hs_kpi_value",
      "hs_kpi_tracking_method",
      "hs_kpi_metric_type",
      "hs_kpi_unit_type",
      "hs_fiscal_year_offset",
      "hs_currency",
      "hs_pipeline_ids",
      "hs_status",
      "hs_outcome",
    ]) {
      expect(MODEL_PROPERTIES).toContain(name);
    }
    expect(new Set(MODEL_PROPERTIES).size).toBe(MODEL_PROPERTIES.length);
  });
});

describe("duration amounts", () => {
  it("keeps durations in milliseconds, scaling amounts given in the goal's display unit exactly", async () => {
    const { toTarget } = await import("@/lib/goals/parse-target");
    const base = {
      id: "1",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      properties: {
        hs_start_datetime: "2026-07-01T00:00:00.000Z",
        hs_end_datetime: "2026-07-31T23:59:59.999Z",
        hs_goal_type: "average_ticket_response_time",
        hs_kpi_unit_type: "duration",
        hs_target_amount: "7.50",
        hs_kpi_value: "4.68",
      },
    };
    const hours = toTarget({ ...base, properties: { ...base.properties, hs_kpi_display_unit: "hour" } });
    expect(hours.unit).toBe("duration");
    expect(hours.amount).toBe("27000000");
    expect(hours.actual).toBe("16848000");
    const millis = toTarget({ ...base, properties: { ...base.properties, hs_kpi_display_unit: null } });
    expect(millis.amount).toBe("7.5");
    const calls = toTarget({ ...base, properties: { ...base.properties, hs_goal_type: "calls_made", hs_kpi_unit_type: "count", hs_kpi_display_unit: "hour" } });
    expect(calls.amount).toBe("7.5");
  });
});
