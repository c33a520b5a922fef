import { describe, expect, it } from "vitest";
import { allTargets, callJson, GOALS, UUID, emulatorPerFile, type WireTarget } from "./helpers";

const emulator = emulatorPerFile();

describe("GET goal_targets/{id}", () => {
  it("reads by id with properties", async () => {
    const [target] = await allTargets(emulator.current);
    const { status, body } = await callJson<WireTarget>(emulator.current, `${GOALS}/${target.id}?properties=hs_goal_name,hs_target_amount`);
    expect(status).toBe(200);
    expect(body.properties).toEqual({
      hs_goal_name: target.properties.hs_goal_name,
      hs_target_amount: target.properties.hs_target_amount,
      hs_createdate: target.properties.hs_createdate,
      hs_lastmodifieddate: target.properties.hs_lastmodifieddate,
      hs_object_id: target.id,
    });
  });

  it("reads by a unique property with idProperty", async () => {
    const [target] = await allTargets(emulator.current);
    const key = target.properties.hs_unique_creation_key!;
    const { status, body } = await callJson<WireTarget>(emulator.current, `${GOALS}/${key}?idProperty=hs_unique_creation_key`);
    expect(status).toBe(200);
    expect(body.id).toBe(target.id);
    const byObjectId = await callJson<WireTarget>(emulator.current, `${GOALS}/${target.id}?idProperty=hs_object_id`);
    expect(byObjectId.body.id).toBe(target.id);
  });

  it("answers HubSpot's OBJECT_NOT_FOUND body for an unknown id", async () => {
    const { status, body, headers } = await callJson(emulator.current, `${GOALS}/12345`);
    expect(status).toBe(404);
    expect(body).toEqual({
      status: "error",
      message: "Object not found.  objectId are usually numeric.",
      correlationId: headers.get("x-hubspot-correlation-id"),
      category: "OBJECT_NOT_FOUND",
      context: { id: ["12345"] },
    });
    expect(body.correlationId).toMatch(UUID);
  });

  it("hides archived records unless archived=true", async () => {
    const [archived] = await allTargets(emulator.current, 4000001, true);
    expect((await callJson(emulator.current, `${GOALS}/${archived.id}`)).status).toBe(404);
    const { status, body } = await callJson<WireTarget>(emulator.current, `${GOALS}/${archived.id}?archived=true`);
    expect(status).toBe(200);
    expect(body.archived).toBe(true);
    expect(body.archivedAt).toBeTruthy();
  });
});

describe("POST goal_targets/batch/read", () => {
  it("answers 200 COMPLETE when every id exists", async () => {
    const targets = (await allTargets(emulator.current)).slice(0, 5);
    const { status, body } = await callJson<{ status: string; results: WireTarget[]; startedAt: string; completedAt: string }>(
      emulator.current,
      `${GOALS}/batch/read`,
      { json: { inputs: targets.map(({ id }) => ({ id })), properties: ["hs_goal_name"], propertiesWithHistory: [] } },
    );
    expect(status).toBe(200);
    expect(body.status).toBe("COMPLETE");
    expect(Date.parse(body.startedAt)).toBeLessThanOrEqual(Date.parse(body.completedAt));
    expect(body.results.map((record) => record.properties.hs_goal_name)).toEqual(targets.map((t) => t.properties.hs_goal_name));
  });

  it("answers 207 with numErrors and errors for missing ids", async () => {
    const [target] = await allTargets(emulator.current);
    const { status, body } = await callJson<Record<string, unknown>>(emulator.current, `${GOALS}/batch/read`, {
      json: { inputs: [{ id: target.id }, { id: "404404" }, { id: "nope" }], properties: [] },
    });
    expect(status).toBe(207);
    expect(body).toMatchObject({
      status: "COMPLETE",
      numErrors: 1,
      errors: [{ status: "error", category: "OBJECT_NOT_FOUND", context: { ids: ["404404", "nope"] } }],
    });
    expect(body.results).toHaveLength(1);
  });

  it("refuses more than 100 inputs and malformed bodies", async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1) }));
    const tooMany = await callJson(emulator.current, `${GOALS}/batch/read`, { json: { inputs, properties: [] } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.category).toBe("VALIDATION_ERROR");
    const noInputs = await callJson(emulator.current, `${GOALS}/batch/read`, { json: { properties: [] } });
    expect(noInputs.status).toBe(400);
    const res = await fetch(`${emulator.current.url}${GOALS}/batch/read`, {
      method: "POST",
      headers: { authorization: "Bearer pat-na1-4d0e1b7a-2c9f-4e6b-9a31-5f8c0d2e7b41", "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).category).toBe("VALIDATION_ERROR");
  });
});
