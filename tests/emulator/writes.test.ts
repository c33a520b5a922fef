import { describe, expect, it } from "vitest";
import { admin, allTargets, callJson, emulatorPerFile, GOALS, oauthTokens, type WireTarget } from "./helpers";

const emulator = emulatorPerFile();

describe("goal target writes", () => {
  it("creates a target (201) that list, get and search then return", async () => {
    const { status, body } = await callJson<WireTarget>(emulator.current, GOALS, {
      json: {
        properties: {
          hs_goal_name: "Emulator Created Goal",
          hs_target_amount: "1234.50",
          hs_start_datetime: "2026-01-01T00:00:00Z",
          hs_end_datetime: String(Date.parse("2026-01-31T23:59:59.999Z")),
          hs_milestone: "monthly",
        },
      },
    });
    expect(status).toBe(201);
    expect(body.properties).toMatchObject({
      hs_goal_name: "Emulator Created Goal",
      hs_target_amount: "1234.50",
      hs_start_datetime: "2026-01-01T00:00:00.000Z",
      hs_end_datetime: "2026-01-31T23:59:59.999Z",
      hs_object_id: body.id,
    });
    const all = await allTargets(emulator.current);
    expect(Number(body.id)).toBeGreaterThan(Math.max(...all.filter((t) => t.id !== body.id).map((t) => Number(t.id))));
    const found = await callJson<{ total: number }>(emulator.current, `${GOALS}/search`, {
      json: { filterGroups: [{ filters: [{ propertyName: "hs_goal_name", operator: "EQ", value: "Emulator Created Goal" }] }] },
    });
    expect(found.body.total).toBe(1);
  });

  it("updates with PATCH, clearing a value with an empty string", async () => {
    const [target] = (await allTargets(emulator.current)).filter((t) => t.properties.hs_kpi_value !== null);
    const { status, body } = await callJson<WireTarget>(emulator.current, `${GOALS}/${target.id}`, {
      method: "PATCH",
      json: { properties: { hs_target_amount: "5500.00", hs_kpi_value: "" } },
    });
    expect(status).toBe(200);
    expect(body.properties).toMatchObject({ hs_target_amount: "5500.00", hs_kpi_value: null });
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.parse(target.updatedAt));
    const read = await callJson<WireTarget>(emulator.current, `${GOALS}/${target.id}?properties=hs_target_amount,hs_kpi_value`);
    expect(read.body.properties).toMatchObject({ hs_target_amount: "5500.00", hs_kpi_value: null });
    expect((await callJson(emulator.current, `${GOALS}/1`, { method: "PATCH", json: { properties: {} } })).status).toBe(404);
  });

  it("rejects unknown, read-only and mistyped properties with HubSpot's validation body", async () => {
    const [target] = await allTargets(emulator.current);
    const { status, body } = await callJson<{ category: string; message: string; errors: Array<{ code: string; context: { propertyName: string[] } }> }>(
      emulator.current,
      `${GOALS}/${target.id}`,
      { method: "PATCH", json: { properties: { nope: "1", hs_object_id: "2", hs_target_amount: "lots", hs_start_datetime: "someday" } } },
    );
    expect(status).toBe(400);
    expect(body.category).toBe("VALIDATION_ERROR");
    expect(body.message).toMatch(/^Property values were not valid: \[/);
    expect(body.errors.map((e) => e.code)).toEqual(["PROPERTY_DOESNT_EXIST", "READ_ONLY_VALUE", "INVALID_DECIMAL", "INVALID_DATE"]);
  });

  it("archives one target (204) and a batch (204); archived targets leave list and search", async () => {
    const [first, second, third] = await allTargets(emulator.current);
    const one = await callJson(emulator.current, `${GOALS}/${first.id}`, { method: "DELETE" });
    expect(one.status).toBe(204);
    const batch = await callJson(emulator.current, `${GOALS}/batch/archive`, { json: { inputs: [{ id: second.id }, { id: third.id }, { id: "1" }] } });
    expect(batch.status).toBe(204);
    const archived = (await allTargets(emulator.current, 4000001, true)).map((t) => t.id);
    expect(archived).toEqual(expect.arrayContaining([first.id, second.id, third.id]));
    expect((await callJson(emulator.current, `${GOALS}/${first.id}`)).status).toBe(404);
    expect((await callJson(emulator.current, `${GOALS}/${first.id}?archived=true`)).body.archived).toBe(true);
  });

  it("needs the write scope", async () => {
    const tokens = await oauthTokens(emulator.current, { scope: "crm.objects.goals.read" });
    const res = await callJson(emulator.current, GOALS, { token: tokens.access_token, json: { properties: { hs_goal_name: "x" } } });
    expect(res.status).toBe(403);
  });

  it("is undone by POST /__emulator/reset", async () => {
    await admin(emulator.current, "/reset", {});
    const names = (await allTargets(emulator.current)).map((t) => t.properties.hs_goal_name);
    expect(names).not.toContain("Emulator Created Goal");
    expect((await allTargets(emulator.current, 4000001, true)).length).toBe(6);
  });
});
