import { describe, expect, it } from "vitest";
import { batchReadBody, goalId, listQuery, propertyList, searchBody, targetId, wallQuery } from "@/lib/api/schemas";

describe("input schemas", () => {
  it.each(["abc", "12a", "-1", "0", "1.5", "../1", "1%2F2", " 12", "12345678901234567890", ""])("rejects target id %j", (id) => {
    expect(targetId.safeParse(id).success).toBe(false);
  });

  it("accepts record ids up to HubSpot's 64-bit limit, and no further", () => {
    expect(targetId.parse("9223372036854775807")).toBe("9223372036854775807");
    for (const id of ["9223372036854775808", "9999999999999999999"]) {
      expect(targetId.safeParse(id).success).toBe(false);
      expect(goalId.safeParse(id).success).toBe(false);
    }
    expect(goalId.parse("9223372036854775807")).toBe("9223372036854775807");
  });

  it("accepts HubSpot record ids and goal family uuids", () => {
    expect(targetId.parse("412345678")).toBe("412345678");
    expect(goalId.parse("3f0d4c1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f")).toBe("3f0d4c1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f");
    expect(goalId.safeParse("3f0d4c1e-8a7b-4c2d-9e1f").success).toBe(false);
  });

  it("reads properties as a comma list or repeated keys, de-duplicated", () => {
    expect(propertyList.parse("hs_goal_name,hs_target_amount")).toEqual(["hs_goal_name", "hs_target_amount"]);
    expect(propertyList.parse(["hs_goal_name", "hs_goal_name,hs_milestone"])).toEqual(["hs_goal_name", "hs_milestone"]);
  });

  it("names the unknown property", () => {
    const result = propertyList.safeParse("hs_goal_name,hs_favourite_colour");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('Unknown goal target property "hs_favourite_colour".');
  });

  it.each([
    [{ limit: "0" }, "limit must be a whole number from 1 to 100."],
    [{ limit: "101" }, "limit must be a whole number from 1 to 100."],
    [{ limit: "1e2" }, "limit must be a whole number from 1 to 100."],
    [{ limit: "-5" }, "limit must be a whole number from 1 to 100."],
    [{ archived: "yes" }, "archived must be true or false."],
    [{ after: "abc def" }, "after must be the paging cursor from the previous page."],
    [{ url: "https://evil.example" }, 'Unknown parameter "url".'],
  ])("list query %j fails with a clear message", (query, message) => {
    const result = listQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });

  it("defaults a list query to a full page of live targets", () => {
    expect(listQuery.parse({})).toEqual({ limit: 100, properties: [], archived: false });
  });

  it("checks search bodies against HubSpot's limits before sending them", () => {
    const filter = { propertyName: "hs_goal_name", operator: "EQ", value: "x" };
    const group = { filters: Array(6).fill(filter) };
    expect(searchBody.safeParse({ filterGroups: Array(3).fill(group) }).success).toBe(true);
    expect(searchBody.safeParse({ filterGroups: Array(4).fill(group) }).error?.issues[0].message).toBe("At most 18 filters in all.");
    expect(searchBody.safeParse({ filterGroups: Array(6).fill({ filters: [filter] }) }).success).toBe(false);
    expect(searchBody.safeParse({ filterGroups: [{ filters: Array(7).fill(filter) }] }).success).toBe(false);
    expect(searchBody.safeParse({ limit: 201 }).success).toBe(false);
    expect(searchBody.safeParse({ after: "9950", limit: 100 }).error?.issues[0].message).toMatch(/cannot page past 10000/);
    expect(searchBody.safeParse({ filterGroups: [{ filters: [{ ...filter, operator: "LIKE" }] }] }).success).toBe(false);
    expect(searchBody.safeParse({ filterGroups: [{ filters: [{ propertyName: "hs_goal_name", operator: "BETWEEN", value: "a" }] }] }).error?.issues[0].message).toBe(
      "BETWEEN needs value and highValue.",
    );
    expect(searchBody.safeParse({ sort: { propertyName: "hs_pipeline_ids", direction: "ASCENDING" } }).success).toBe(false);
    expect(searchBody.safeParse({ extra: true }).success).toBe(false);
  });

  it("bounds batch reads to 100 numeric ids", () => {
    expect(batchReadBody.safeParse({ ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) }).success).toBe(false);
    expect(batchReadBody.safeParse({ ids: ["12", "x"] }).success).toBe(false);
    expect(batchReadBody.parse({ ids: ["12", "12"] })).toEqual({ ids: ["12"], properties: [] });
  });
});

describe("the wallboard's query", () => {
  it("defaults to a refresh a minute, all targets", () => {
    expect(wallQuery.parse({})).toEqual({ refresh: 60, goals: [], types: [] });
  });

  it("reads the goals and types its slides show, de-duplicated", () => {
    const uuid = "3f0d4c1e-8a7b-4c2d-9e1f-0a1b2c3d4e5f";
    expect(wallQuery.parse({ refresh: "30", goals: `${uuid},412345678,${uuid}`, types: "sales_quota" })).toEqual({ refresh: 30, goals: [uuid, "412345678"], types: ["sales_quota"] });
  });

  it.each([
    [{ refresh: "5" }, "refresh must be a whole number from 10 to 300."],
    [{ refresh: "301" }, "refresh must be a whole number from 10 to 300."],
    [{ goals: "not-a-goal" }, "A goal id is a HubSpot goal family id (a UUID) or, for a goal with a single target, that target's id."],
    [{ types: "Sales Quota" }, "A goal type is HubSpot's internal name, like sales_quota."],
    [{ goals: Array.from({ length: 51 }, (_, i) => String(i + 1)).join(",") }, "At most 50 goals can be shown."],
    [{ every: "20" }, 'Unknown parameter "every".'],
  ])("refuses %j", (query, message) => {
    const result = wallQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });
});
