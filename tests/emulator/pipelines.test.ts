import { describe, expect, it } from "vitest";
import { admin, callJson, emulatorPerFile, UUID } from "./helpers";

const emulator = emulatorPerFile();

interface Pipeline {
  id: string;
  label: string;
  displayOrder: number;
  stages: { id: string; label: string; displayOrder: number }[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

describe("GET /crm/v3/pipelines/{objectType}", () => {
  it("lists a portal's deal pipelines in HubSpot's shape, the default one created at the epoch", async () => {
    const { status, body } = await callJson<{ results: Pipeline[] }>(emulator.current, "/crm/v3/pipelines/deals");
    expect(status).toBe(200);
    expect(body.results.map((p) => [p.id, p.label])).toEqual([
      ["default", "Northwind Sales Pipeline"],
      ["75e28846", "Northwind Renewals"],
    ]);
    for (const pipeline of body.results) {
      expect(Object.keys(pipeline).sort()).toEqual(["archived", "createdAt", "displayOrder", "id", "label", "stages", "updatedAt"]);
      expect(pipeline.stages.length).toBeGreaterThan(0);
    }
    expect(body.results[0].createdAt).toBe("1970-01-01T00:00:00.000Z");
  });

  it("serves the 2026-03 path and object type ids alike", async () => {
    const v3 = await callJson(emulator.current, "/crm/v3/pipelines/tickets");
    expect((await callJson(emulator.current, "/crm/pipelines/2026-03/tickets")).body).toEqual(v3.body);
    expect((await callJson(emulator.current, "/crm/v3/pipelines/0-5")).body).toEqual(v3.body);
  });

  it("reads one pipeline and its stages, and answers 404 for an unknown id", async () => {
    const one = await callJson<Pipeline>(emulator.current, "/crm/v3/pipelines/tickets/0");
    expect(one.body.label).toBe("Northwind Support Pipeline");
    const stages = await callJson<{ results: unknown[] }>(emulator.current, "/crm/v3/pipelines/tickets/0/stages");
    expect(stages.body.results).toEqual(one.body.stages);
    const missing = await callJson(emulator.current, "/crm/v3/pipelines/deals/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.correlationId).toMatch(UUID);
  });

  it("refuses an object type it cannot infer", async () => {
    const { status, body } = await callJson(emulator.current, "/crm/v3/pipelines/goats");
    expect(status).toBe(400);
    expect(body.category).toBe("VALIDATION_ERROR");
  });

  it("keeps each portal's own pipelines, which the admin API lists for tests", async () => {
    const contoso = (await admin<Record<string, Pipeline[]>>(emulator.current, "/portals/4000002/pipelines")).body;
    expect(contoso.deals[0].label).toBe("Contoso Sales Pipeline");
    const counted = (await admin<{ byPortal: Record<string, { byRoute: Record<string, number> }> }>(emulator.current, "/calls")).body;
    expect(counted.byPortal["4000001"].byRoute["pipelines.list"]).toBeGreaterThan(0);
  });
});
