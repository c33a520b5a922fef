import { describe, expect, it } from "vitest";
import { allTargets, callJson, GOALS, UUID, emulatorPerFile, type WireTarget } from "./helpers";

const emulator = emulatorPerFile();

type Page = { results: WireTarget[]; paging?: { next: { after: string; link: string } } };

describe("GET goal_targets (list)", () => {
  it("returns only the three default properties when none are asked for", async () => {
    const { status, body, headers } = await callJson<Page>(emulator.current, GOALS);
    expect(status).toBe(200);
    expect(headers.get("x-hubspot-correlation-id")).toMatch(UUID);
    expect(body.results).toHaveLength(10);
    for (const record of body.results) {
      expect(Object.keys(record.properties).sort()).toEqual(["hs_createdate", "hs_lastmodifieddate", "hs_object_id"]);
      expect(record).toMatchObject({ id: record.properties.hs_object_id, archived: false });
      expect(record.createdAt).toBe(record.properties.hs_createdate);
    }
  });

  it("accepts properties as a comma list, as repeated keys, and as a mix", async () => {
    const comma = await callJson<Page>(emulator.current, `${GOALS}?limit=3&properties=hs_goal_name,hs_target_amount,hs_kpi_value`);
    const repeated = await callJson<Page>(emulator.current, `${GOALS}?limit=3&properties=hs_goal_name&properties=hs_target_amount&properties=hs_kpi_value`);
    const mixed = await callJson<Page>(emulator.current, `${GOALS}?limit=3&properties=hs_goal_name,hs_target_amount&properties=hs_kpi_value`);
    // The paging links differ only in how they repeat the caller's own query.
    expect(repeated.body.results).toEqual(comma.body.results);
    expect(mixed.body.results).toEqual(comma.body.results);
    expect(repeated.body.paging!.next.after).toBe(comma.body.paging!.next.after);
    expect(Object.keys(comma.body.results[0].properties)).toEqual(
      expect.arrayContaining(["hs_goal_name", "hs_target_amount", "hs_kpi_value", "hs_object_id"]),
    );
  });

  it("returns requested catalogue properties without a value as null and drops unknown names", async () => {
    const { body } = await callJson<Page>(emulator.current, `${GOALS}?limit=100&properties=hs_kpi_progress_percent,no_such_property`);
    expect(body.results.every((record) => record.properties.hs_kpi_progress_percent === null)).toBe(true);
    expect(body.results.some((record) => "no_such_property" in record.properties)).toBe(false);
  });

  it("pages with after and an absolute link on the emulator's own URL, without paging on the last page", async () => {
    const expected = await allTargets(emulator.current);
    const seen: string[] = [];
    let path = `${GOALS}?limit=37&properties=hs_goal_name`;
    for (;;) {
      const { body } = await callJson<Page>(emulator.current, path);
      seen.push(...body.results.map((record) => record.id));
      if (!body.paging) break;
      const link = new URL(body.paging.next.link);
      expect(`${link.protocol}//${link.host}`).toBe(emulator.current.url);
      expect(link.pathname).toBe(GOALS);
      expect(link.searchParams.get("after")).toBe(body.paging.next.after);
      expect(link.searchParams.get("limit")).toBe("37");
      path = link.pathname + link.search;
    }
    expect(seen).toEqual(expected.map((record) => record.id).sort((a, b) => Number(a) - Number(b)));
  });

  it("clamps limit above 100 and rejects a non-numeric or non-positive limit", async () => {
    const big = await callJson<Page>(emulator.current, `${GOALS}?limit=500`);
    expect(big.body.results).toHaveLength(100);
    for (const bad of ["abc", "0", "-3"]) {
      const { status, body } = await callJson(emulator.current, `${GOALS}?limit=${bad}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ status: "error", category: "VALIDATION_ERROR" });
      expect(body.correlationId).toMatch(UUID);
    }
  });

  it("lists only archived records with archived=true", async () => {
    const archived = await allTargets(emulator.current, 4000001, true);
    const { body } = await callJson<Page>(emulator.current, `${GOALS}?archived=true&limit=100`);
    expect(body.results.map((record) => record.id)).toEqual(archived.map((record) => record.id));
    expect(body.results.every((record) => record.archived && record.archivedAt)).toBe(true);
  });

  it("serves the date-versioned 2026-03 path identically", async () => {
    const v3 = await callJson<Page>(emulator.current, `${GOALS}?limit=5&properties=hs_goal_name`);
    const dated = await callJson<Page>(emulator.current, `/crm/objects/2026-03/goal_targets?limit=5&properties=hs_goal_name`);
    expect(dated.body.results).toEqual(v3.body.results);
    expect(new URL(dated.body.paging!.next.link).pathname).toBe("/crm/objects/2026-03/goal_targets");
  });
});
