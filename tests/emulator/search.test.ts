import { describe, expect, it } from "vitest";
import { allTargets, callJson, GOALS, emulatorPerFile, type WireTarget } from "./helpers";

// These tests fire many searches in a row; the secondly limit has its own tests.
const emulator = emulatorPerFile({ now: new Date("2026-05-14T15:30:00Z"), searchPerSecondLimit: 10_000 });

type SearchPage = { total: number; results: WireTarget[]; paging?: { next: { after: string; link?: string } } };

const search = (body: unknown) => callJson<SearchPage>(emulator.current, `${GOALS}/search`, { json: body });
const filter = (propertyName: string, operator: string, extra: Record<string, unknown> = {}) => ({ propertyName, operator, ...extra });
const where = (...filters: unknown[]) => ({ filterGroups: [{ filters }], limit: 200 });

async function ids(body: unknown): Promise<string[]> {
  const { status, body: page } = await search(body);
  expect(status).toBe(200);
  return page.results.map((record) => record.id).sort();
}

async function expected(predicate: (t: WireTarget) => boolean): Promise<string[]> {
  return (await allTargets(emulator.current)).filter(predicate).map((t) => t.id).sort();
}

const num = (t: WireTarget, name: string) => Number(t.properties[name]);

describe("POST goal_targets/search", () => {
  it("answers { total, results, paging.next.after } with no link and no rate-limit headers", async () => {
    const { status, body, headers } = await search({ limit: 5 });
    expect(status).toBe(200);
    expect(body.total).toBe((await allTargets(emulator.current)).length);
    expect(body.results).toHaveLength(5);
    expect(body.paging).toEqual({ next: { after: "5" } });
    expect(headers.get("x-hubspot-ratelimit-max")).toBeNull();
    expect(headers.get("x-hubspot-ratelimit-remaining")).toBeNull();
    expect(headers.get("x-hubspot-correlation-id")).toBeTruthy();
  });

  it("orders by creation, oldest first, when no sort is given, and never returns archived records", async () => {
    const all = (await allTargets(emulator.current, 4000001)).filter((t) => !t.archived);
    const sorted = [...all].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.id) - Number(b.id));
    const { body } = await search({ limit: 200 });
    expect(body.results.map((r) => r.id)).toEqual(sorted.slice(0, 200).map((t) => t.id));
    const archived = await allTargets(emulator.current, 4000001, true);
    const archivedIds = new Set(archived.map((t) => t.id));
    const { body: everything } = await search({ limit: 200, after: "200" });
    expect([...body.results, ...everything.results].some((r) => archivedIds.has(r.id))).toBe(false);
  });

  it("compares number properties numerically", async () => {
    // Under one page of 200 results, so the whole match set is compared.
    const over = await expected((t) => num(t, "hs_target_amount") > 40000);
    expect(over.length).toBeLessThan(200);
    expect(await ids(where(filter("hs_target_amount", "GT", { value: "40000" })))).toEqual(over);
    expect(await ids(where(filter("hs_target_amount", "LTE", { value: 50 })))).toEqual(
      await expected((t) => num(t, "hs_target_amount") <= 50),
    );
    expect(await ids(where(filter("hs_kpi_value", "BETWEEN", { value: "10", highValue: "100" })))).toEqual(
      await expected((t) => t.properties.hs_kpi_value !== null && num(t, "hs_kpi_value") >= 10 && num(t, "hs_kpi_value") <= 100),
    );
  });

  it("accepts ISO strings and epoch milliseconds for datetime filters", async () => {
    const start = Date.parse("2026-04-01T00:00:00Z");
    const end = Date.parse("2026-06-30T23:59:59.999Z");
    const overlap = await expected(
      (t) => Date.parse(t.properties.hs_end_datetime!) >= start && Date.parse(t.properties.hs_start_datetime!) <= end,
    );
    expect(overlap.length).toBeGreaterThan(0);
    const iso = await ids(
      where(filter("hs_end_datetime", "GTE", { value: "2026-04-01T00:00:00Z" }), filter("hs_start_datetime", "LTE", { value: "2026-06-30T23:59:59.999Z" })),
    );
    const millis = await ids(where(filter("hs_end_datetime", "GTE", { value: String(start) }), filter("hs_start_datetime", "LTE", { value: String(end) })));
    expect(iso).toEqual(overlap);
    expect(millis).toEqual(overlap);
  });

  it("matches strings case-insensitively and enumerations case-sensitively", async () => {
    const calls = await expected((t) => t.properties.hs_goal_name === "Weekly Calls Made");
    expect(await ids(where(filter("hs_goal_name", "EQ", { value: "weekly calls made" })))).toEqual(calls);
    expect(await ids(where(filter("hs_goal_type", "EQ", { value: "calls_made" })))).toEqual(calls);
    expect(await ids(where(filter("hs_goal_type", "EQ", { value: "CALLS_MADE" })))).toEqual([]);
  });

  it("supports IN, NOT_IN, NEQ, HAS_PROPERTY and NOT_HAS_PROPERTY", async () => {
    const types = ["calls_made", "average_ticket_response_time"];
    expect(await ids(where(filter("hs_goal_type", "IN", { values: types })))).toEqual(
      await expected((t) => types.includes(t.properties.hs_goal_type!)),
    );
    expect(await ids(where(filter("hs_goal_type", "NOT_IN", { values: types }), filter("hs_milestone", "NEQ", { value: "monthly" })))).toEqual(
      await expected((t) => !types.includes(t.properties.hs_goal_type!) && t.properties.hs_milestone !== "monthly"),
    );
    expect(await ids(where(filter("hs_assignee_team_id", "HAS_PROPERTY")))).toEqual(
      await expected((t) => t.properties.hs_assignee_team_id !== null),
    );
    const noOwner = await search({ ...where(filter("hubspot_owner_id", "NOT_HAS_PROPERTY")), limit: 1 });
    expect(noOwner.body.total).toBe((await expected((t) => t.properties.hubspot_owner_id === null)).length);
  });

  it("supports CONTAINS_TOKEN with wildcards and NOT_CONTAINS_TOKEN", async () => {
    const quota = await expected((t) => /quota/i.test(t.properties.hs_goal_name!));
    expect(await ids(where(filter("hs_goal_name", "CONTAINS_TOKEN", { value: "QUOTA" })))).toEqual(quota);
    expect(await ids(where(filter("hs_goal_name", "CONTAINS_TOKEN", { value: "quo*" })))).toEqual(quota);
    expect(await ids(where(filter("hs_goal_name", "CONTAINS_TOKEN", { value: "*ota" })))).toEqual(quota);
    const rest = await search({ ...where(filter("hs_goal_name", "NOT_CONTAINS_TOKEN", { value: "quota" })), limit: 1 });
    expect(rest.body.total).toBe((await allTargets(emulator.current)).length - quota.length);
  });

  it("ORs filter groups and ANDs the filters inside a group", async () => {
    const body = {
      filterGroups: [
        { filters: [filter("hs_goal_type", "EQ", { value: "calls_made" }), filter("hs_kpi_value", "HAS_PROPERTY")] },
        { filters: [filter("hs_milestone", "EQ", { value: "quarterly" })] },
      ],
      limit: 200,
    };
    expect(await ids(body)).toEqual(
      await expected(
        (t) => (t.properties.hs_goal_type === "calls_made" && t.properties.hs_kpi_value !== null) || t.properties.hs_milestone === "quarterly",
      ),
    );
  });

  it("sorts by one property, given as an object or as a string", async () => {
    const byObject = await search({ sorts: [{ propertyName: "hs_target_amount", direction: "DESCENDING" }], properties: ["hs_target_amount"], limit: 20 });
    const byString = await search({ sorts: ["-hs_target_amount"], properties: ["hs_target_amount"], limit: 20 });
    expect(byString.body.results.map((r) => r.id)).toEqual(byObject.body.results.map((r) => r.id));
    const amounts = byObject.body.results.map((r) => Number(r.properties.hs_target_amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const ascending = await search({ sorts: ["hs_start_datetime"], properties: ["hs_start_datetime"], limit: 20 });
    const starts = ascending.body.results.map((r) => Date.parse(r.properties.hs_start_datetime!));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("sorts by hs_object_id numerically both ways, and keyset paging by it reads every live target once", async () => {
    const live = (await allTargets(emulator.current)).filter((t) => !t.archived).map((t) => t.id);
    const numeric = [...live].sort((a, b) => Number(a) - Number(b));
    const down = await search({ sorts: ["-hs_object_id"], limit: 30 });
    expect(down.body.results.map((r) => r.id)).toEqual([...numeric].reverse().slice(0, 30));
    const seen: string[] = [];
    let last = "0";
    for (;;) {
      const { body } = await search({ ...where(filter("hs_object_id", "GT", { value: last })), sorts: [{ propertyName: "hs_object_id", direction: "ASCENDING" }], limit: 50 });
      seen.push(...body.results.map((r) => r.id));
      if (body.results.length < 50) break;
      last = body.results[body.results.length - 1].id;
    }
    expect(seen).toEqual(numeric);
    const from = await search({ ...where(filter("hs_object_id", "GTE", { value: numeric[10] })), sorts: ["hs_object_id"], limit: 5 });
    expect(from.body.results.map((r) => r.id)).toEqual(numeric.slice(10, 15));
    expect(from.body.total).toBe(numeric.length - 10);
  });

  it("reads an id range from either end: GT and LT bounds (or LTE), ascending or descending, with the range's total", async () => {
    const numeric = (await allTargets(emulator.current)).filter((t) => !t.archived).map((t) => t.id).sort((a, b) => Number(a) - Number(b));
    const range = (lower: string, upper: string, operator: string, direction: string) =>
      search({ ...where(filter("hs_object_id", "GT", { value: lower }), filter("hs_object_id", operator, { value: upper })), sorts: [{ propertyName: "hs_object_id", direction }], limit: 7 });
    const inside = numeric.slice(21, 40);
    const down = await range(numeric[20], numeric[40], "LT", "DESCENDING");
    expect(down.body.results.map((r) => r.id)).toEqual([...inside].reverse().slice(0, 7));
    expect(down.body.total).toBe(inside.length);
    const up = await range(numeric[20], numeric[40], "LTE", "ASCENDING");
    expect(up.body.results.map((r) => r.id)).toEqual(inside.slice(0, 7));
    expect(up.body.total).toBe(inside.length + 1);
    const top = await search({ ...where(filter("hs_object_id", "LT", { value: numeric[5] })), sorts: ["-hs_object_id"], limit: 3 });
    expect(top.body.results.map((r) => r.id)).toEqual([numeric[4], numeric[3], numeric[2]]);
    expect(top.body.total).toBe(5);
  });

  it("searches hs_goal_name with free-text query", async () => {
    const { body } = await search({ query: "ticket", limit: 200, properties: ["hs_goal_name"] });
    expect(body.total).toBe((await expected((t) => t.properties.hs_goal_name === "Ticket Response Time")).length);
    expect(body.results.every((r) => r.properties.hs_goal_name === "Ticket Response Time")).toBe(true);
  });

  it("pages with an integer offset and stops at the end", async () => {
    const all = await allTargets(emulator.current);
    const seen: string[] = [];
    let after: string | undefined = "0";
    while (after !== undefined) {
      const page: SearchPage = (await search({ limit: 60, after })).body;
      seen.push(...page.results.map((r) => r.id));
      after = page.paging?.next.after;
    }
    expect(seen.sort()).toEqual(all.map((t) => t.id).sort());
  });

  it("enforces HubSpot's search limits with 400 VALIDATION_ERROR", async () => {
    const f = filter("hs_goal_type", "EQ", { value: "calls_made" });
    const refused = [
      { filterGroups: Array.from({ length: 6 }, () => ({ filters: [f] })) },
      { filterGroups: [{ filters: Array.from({ length: 7 }, () => f) }] },
      { filterGroups: Array.from({ length: 4 }, () => ({ filters: Array.from({ length: 5 }, () => f) })) },
      { limit: 201 },
      { after: "abc" },
      { after: "10000" },
      { query: "x".repeat(3001) },
      { filterGroups: [{ filters: [filter("hs_goal_type", "BOGUS", { value: "x" })] }] },
      { filterGroups: [{ filters: [filter("hs_target_amount", "GT", { value: "lots" })] }] },
      { filterGroups: [{ filters: [filter("hs_goal_type", "EQ")] }] },
      { filterGroups: [{ filters: [filter("hs_goal_type", "IN")] }] },
      { filterGroups: [{ filters: [filter("hs_kpi_value", "BETWEEN", { value: "1" })] }] },
    ];
    for (const body of refused) {
      const res = await search(body);
      expect(res.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(res.body).toMatchObject({ status: "error", category: "VALIDATION_ERROR" });
    }
    const allowed = [
      { filterGroups: Array.from({ length: 5 }, () => ({ filters: [f] })) },
      { filterGroups: [{ filters: Array.from({ length: 6 }, () => f) }] },
      { filterGroups: Array.from({ length: 3 }, () => ({ filters: Array.from({ length: 6 }, () => f) })) },
      { limit: 200 },
      { query: "x".repeat(3000) },
    ];
    for (const body of allowed) expect((await search(body)).status).toBe(200);
  });
});
