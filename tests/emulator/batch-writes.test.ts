import { Client } from "@hubspot/api-client";
import { describe, expect, it } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { admin, allTargets, callJson, emulatorPerFile, failure, GOALS, oauthTokens, type WireTarget } from "./helpers";

const emulator = emulatorPerFile({ now: new Date("2026-05-14T15:30:00Z") });

// One retry count for every client in the file: the official client's decorators are process-wide.
const client = (accessToken = DEMO_PRIVATE_APP_TOKEN) => new Client({ accessToken, basePath: emulator.current.url, numberOfApiCallRetries: 1 });

async function quota(): Promise<WireTarget[]> {
  return (await allTargets(emulator.current)).filter((t) => /Annual Revenue Quota$/.test(t.properties.hs_goal_name ?? "") && t.properties.hs_goal_name!.startsWith("2026"));
}

const record = async (id: string) => (await allTargets(emulator.current)).find((t) => t.id === id)!;

describe("batch writes (official client)", () => {
  it("batch/update writes every input, answers 200 with the written properties and trace ids", async () => {
    const [a, b] = await quota();
    const answer = await client().crm.objects.goals.batchApi.update({
      inputs: [
        { id: a.id, properties: { hs_target_amount: "51000.50" }, objectWriteTraceId: "t-a" },
        { id: b.id, properties: { hs_target_amount: "0" }, objectWriteTraceId: "t-b" },
      ],
    });
    expect(answer.status).toBe("COMPLETE");
    expect(answer.results.map((r) => [r.id, r.properties.hs_target_amount, r.objectWriteTraceId]).sort()).toEqual(
      [
        [a.id, "51000.50", "t-a"],
        [b.id, "0", "t-b"],
      ].sort(),
    );
    expect((await record(a.id)).properties).toMatchObject({ hs_target_amount: "51000.50", hs_target_amount_in_home_currency: "51000.50" });
    expect(Date.parse((await record(a.id)).properties.hs_lastmodifieddate!)).toBeGreaterThan(Date.parse(a.properties.hs_lastmodifieddate!));
  });

  it("answers 207 per input when every input is traced: successes applied, each failure with HubSpot's StandardError", async () => {
    const [, , c, d, e] = await quota();
    const res = await callJson<{
      status: string;
      results: WireTarget[];
      numErrors: number;
      errors: Array<{ status: string; category: string; message: string; context: Record<string, string[]>; errors: Array<{ code: string }>; links: object }>;
    }>(emulator.current, `/crm/objects/2026-03/goal_targets/batch/update`, {
      json: {
        inputs: [
          { id: c.id, properties: { hs_target_amount: "1000" }, objectWriteTraceId: "ok" },
          { id: d.id, properties: { hs_target_amount: "1,000" }, objectWriteTraceId: "malformed" },
          { id: "1", properties: { hs_target_amount: "5" }, objectWriteTraceId: "missing" },
          { id: e.id, properties: { hs_object_id: "5" }, objectWriteTraceId: "read-only" },
        ],
      },
    });
    expect(res.status).toBe(207);
    expect(res.body.numErrors).toBe(3);
    expect(res.body.results.map((r) => r.id)).toEqual([c.id]);
    const byTrace = Object.fromEntries(res.body.errors.map((error) => [error.context.objectWriteTraceId[0], error]));
    expect(Object.keys(byTrace).sort()).toEqual(["malformed", "missing", "read-only"]);
    for (const error of res.body.errors) expect(Object.keys(error).sort()).toEqual(["category", "context", "errors", "links", "message", "status"]);
    expect(byTrace.malformed).toMatchObject({ status: "error", category: "VALIDATION_ERROR", errors: [{ code: "INVALID_DECIMAL" }] });
    expect(byTrace.missing).toMatchObject({ category: "OBJECT_NOT_FOUND", context: { id: ["1"] } });
    expect(byTrace["read-only"].errors[0].code).toBe("READ_ONLY_VALUE");
    expect((await record(c.id)).properties.hs_target_amount).toBe("1000");
    expect((await record(d.id)).properties.hs_target_amount).toBe(d.properties.hs_target_amount);
  });

  it("without trace ids a batch is all or nothing: one bad input refuses it and writes nothing", async () => {
    const [, , , , , f, g] = await quota();
    const error = await failure(
      client().crm.objects.goals.batchApi.update({
        inputs: [
          { id: f.id, properties: { hs_target_amount: "777" } },
          { id: g.id, properties: { hs_target_amount: "12 000" } },
        ],
      }),
    );
    expect(error.code).toBe(400);
    expect(error.body.category).toBe("VALIDATION_ERROR");
    expect(error.body.message).toMatch(/^Property values were not valid/);
    expect((await record(f.id)).properties.hs_target_amount).toBe(f.properties.hs_target_amount);
  });

  it("refuses more than 100 inputs, duplicate ids and an empty batch", async () => {
    const [h] = await quota();
    const many = Array.from({ length: 101 }, () => ({ id: h.id, properties: { hs_target_amount: "1" } }));
    expect((await failure(client().crm.objects.goals.batchApi.update({ inputs: many }))).body.message).toMatch(/at most 100/);
    const twice = await failure(
      client().crm.objects.goals.batchApi.update({ inputs: [{ id: h.id, properties: { hs_target_amount: "1" } }, { id: h.id, properties: { hs_target_amount: "2" } }] }),
    );
    expect(twice.body.message).toMatch(/Duplicate IDs/);
    expect((await failure(client().crm.objects.goals.batchApi.update({ inputs: [] }))).code).toBe(400);
    expect((await record(h.id)).properties.hs_target_amount).toBe(h.properties.hs_target_amount);
  });

  it("batch/create answers 201 with new ids; batch/upsert updates by a unique property or creates, saying which", async () => {
    const created = await client().crm.objects.goals.batchApi.create({
      inputs: [
        { properties: { hs_goal_name: "Batch Created", hs_target_amount: "10", hs_unique_creation_key: "key-1" }, associations: [] },
        { properties: { hs_goal_name: "Batch Created", hs_target_amount: "20", hs_unique_creation_key: "key-2" }, associations: [] },
      ],
    });
    expect(created.results).toHaveLength(2);
    expect(created.results.every((r) => /^\d+$/.test(r.id) && r.properties.hs_goal_name === "Batch Created")).toBe(true);
    const upserted = await client().crm.objects.goals.batchApi.upsert({
      inputs: [
        { id: "key-1", idProperty: "hs_unique_creation_key", properties: { hs_target_amount: "11" } },
        { id: "key-3", idProperty: "hs_unique_creation_key", properties: { hs_goal_name: "Batch Created", hs_target_amount: "30" } },
      ],
    });
    const byKey = Object.fromEntries(upserted.results.map((r) => [r.properties.hs_unique_creation_key, r]));
    expect(byKey["key-1"]).toMatchObject({ _new: false, id: created.results.find((r) => r.properties.hs_unique_creation_key === "key-1")!.id });
    expect(byKey["key-1"].properties.hs_target_amount).toBe("11");
    expect(byKey["key-3"]._new).toBe(true);
    const names = (await allTargets(emulator.current)).filter((t) => t.properties.hs_goal_name === "Batch Created");
    expect(names.map((t) => t.properties.hs_target_amount).sort()).toEqual(["11", "20", "30"]);
  });

  it("needs the write scope for every batch write", async () => {
    const tokens = await oauthTokens(emulator.current, { scope: "oauth crm.objects.goals.read" });
    for (const path of ["batch/create", "batch/update", "batch/upsert"]) {
      const res = await callJson<{ category: string }>(emulator.current, `${GOALS}/${path}`, { token: tokens.access_token, json: { inputs: [] } });
      expect(res.status, path).toBe(403);
      expect(res.body.category).toBe("MISSING_SCOPES");
    }
  });
});

describe("property history", () => {
  it("keeps every write in propertiesWithHistory on get, list and batch read, newest first, attributed to the user", async () => {
    const [target] = (await quota()).slice(10);
    const grace = (await admin<Array<{ portalId: number; users: Array<{ id: string; email: string }> }>>(emulator.current, "/portals")).body[0].users[0];
    const tokens = await oauthTokens(emulator.current, { scope: "oauth crm.objects.goals.read crm.objects.goals.write" });
    const api = client(tokens.access_token).crm.objects.goals;
    await api.batchApi.update({ inputs: [{ id: target.id, properties: { hs_target_amount: "100" } }] });
    await api.basicApi.update(target.id, { properties: { hs_target_amount: "200" } });

    const one = await api.basicApi.getById(target.id, ["hs_target_amount"], ["hs_target_amount"]);
    const history = one.propertiesWithHistory!.hs_target_amount;
    expect(history.map((h) => h.value)).toEqual(["200", "100", target.properties.hs_target_amount]);
    expect(history[0]).toMatchObject({ sourceType: "INTEGRATION", updatedByUserId: Number(grace.id) });
    expect(history[0].timestamp).toBeInstanceOf(Date);
    expect(history[2]).toMatchObject({ sourceType: "CRM_UI", sourceId: `userId:${target.properties.hs_created_by_user_id}` });
    expect(history[2].timestamp.toISOString()).toBe(target.createdAt);
    expect(one.properties.hs_target_amount).toBe("200");

    const batch = await api.batchApi.read({ inputs: [{ id: target.id }], properties: [], propertiesWithHistory: ["hs_target_amount", "no_such_property"] });
    expect(Object.keys(batch.results[0].propertiesWithHistory!)).toEqual(["hs_target_amount"]);
    expect(batch.results[0].propertiesWithHistory!.hs_target_amount.map((h) => h.value)).toEqual(["200", "100", target.properties.hs_target_amount]);

    const page = await callJson<{ results: Array<WireTarget & { propertiesWithHistory: Record<string, unknown[]> }> }>(
      emulator.current,
      `${GOALS}?limit=100&propertiesWithHistory=hs_target_amount`,
    );
    expect(page.body.results.length).toBe(50);
    expect(page.body.results.every((r) => Array.isArray(r.propertiesWithHistory.hs_target_amount))).toBe(true);
    const plain = await callJson<{ results: Array<Record<string, unknown>> }>(emulator.current, `${GOALS}?limit=5`);
    expect(plain.body.results.every((r) => !("propertiesWithHistory" in r))).toBe(true);
  });
});

describe("write rules (admin switches)", () => {
  it("a validation rule refuses writes of its property on the named targets only, with a per-input 207 error", async () => {
    const targets = (await quota()).slice(20, 23);
    const rule = await admin<{ id: string }>(emulator.current, "/write-rules", {
      kind: "validation",
      portalId: 4000001,
      property: "hs_target_amount",
      targetIds: [targets[1].id],
      message: "Quota changes over 50% need approval.",
    });
    expect(rule.status).toBe(201);
    const res = await callJson<{ results: WireTarget[]; errors: Array<{ message: string; context: Record<string, string[]>; errors: Array<{ code: string }> }> }>(
      emulator.current,
      `${GOALS}/batch/update`,
      { json: { inputs: targets.map((t) => ({ id: t.id, properties: { hs_target_amount: "1" }, objectWriteTraceId: t.id })) } },
    );
    expect(res.status).toBe(207);
    expect(res.body.results.map((r) => r.id).sort()).toEqual([targets[0].id, targets[2].id].sort());
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].context.objectWriteTraceId).toEqual([targets[1].id]);
    expect(res.body.errors[0].errors[0].code).toBe("VALIDATION_RULE_VIOLATION");
    expect(res.body.errors[0].message).toContain("Quota changes over 50% need approval.");
    // The PATCH path goes through the same rules.
    const patch = await callJson<{ category: string }>(emulator.current, `${GOALS}/${targets[1].id}`, { method: "PATCH", json: { properties: { hs_target_amount: "2" } } });
    expect(patch.status).toBe(400);
    await admin(emulator.current, "/write-rules", undefined, "DELETE");
    expect((await callJson(emulator.current, `${GOALS}/${targets[1].id}`, { method: "PATCH", json: { properties: { hs_target_amount: "2" } } })).status).toBe(200);
  });

  it("a family rule refuses every write to that family's targets, the given number of times", async () => {
    const [target] = await quota();
    const goalId = target.properties.hs_group_correlation_uuid!;
    await admin(emulator.current, "/write-rules", { kind: "family", portalId: 4000001, goalId, times: 1 });
    expect((await admin<unknown[]>(emulator.current, "/write-rules")).body).toHaveLength(1);
    const refused = await failure(client().crm.objects.goals.batchApi.update({ inputs: [{ id: target.id, properties: { hs_target_amount: "3" } }] }));
    expect(refused.code).toBe(400);
    expect(refused.body.errors?.[0].code).toBe("GOAL_FAMILY_RULE_VIOLATION");
    expect((await admin<unknown[]>(emulator.current, "/write-rules")).body).toHaveLength(0);
    await client().crm.objects.goals.batchApi.update({ inputs: [{ id: target.id, properties: { hs_target_amount: "3" } }] });
    expect((await record(target.id)).properties.hs_target_amount).toBe("3");
  });

  it("checks its own input and is cleared by reset", async () => {
    expect((await admin(emulator.current, "/write-rules", { kind: "family", portalId: 1, goalId: "x" })).status).toBe(404);
    expect((await admin(emulator.current, "/write-rules", { kind: "nope" })).status).toBe(400);
    await admin(emulator.current, "/write-rules", { kind: "validation", portalId: 4000001, property: "hs_goal_name" });
    await admin(emulator.current, "/reset", {});
    expect((await admin<unknown[]>(emulator.current, "/write-rules")).body).toEqual([]);
  });
});
