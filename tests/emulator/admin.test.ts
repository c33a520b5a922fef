import { describe, expect, it } from "vitest";
import { SECOND_PORTAL_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { admin, allTargets, callJson, emulatorPerFile, exchange, GOALS, oauthTokens, portals } from "./helpers";

const emulator = emulatorPerFile();

interface Calls {
  total: number;
  byPortal: Record<string, { total: number; byRoute: Record<string, number>; byStatus: Record<string, number> }>;
}

describe("admin API", () => {
  it("summarises every portal", async () => {
    const list = await portals(emulator.current);
    expect(list.map((p) => [p.portalId, p.name, p.timeZone, p.currency])).toEqual([
      [4000001, "Northwind Traders (demo)", "America/New_York", "USD"],
      [4000002, "Contoso Europe (test)", "Europe/Berlin", "EUR"],
      [4000003, "Empty Portal (test)", "UTC", "USD"],
    ]);
    const [demo, contoso, empty] = list;
    const targets = await allTargets(emulator.current, 4000001);
    expect(demo.targets).toBe(targets.length);
    expect(demo.archivedTargets).toBe((await allTargets(emulator.current, 4000001, true)).length);
    expect(demo.families).toBe(new Set(targets.map((t) => t.properties.hs_group_correlation_uuid ?? t.id)).size);
    expect(demo.users.find((u) => u.email === "grace.holloway@northwind-traders.example")?.name).toBe("Grace Holloway");
    expect(contoso.targets).toBeGreaterThan(0);
    expect(empty).toMatchObject({ targets: 0, archivedTargets: 0, families: 0 });
    expect(empty.users).toHaveLength(1);
  });

  it("returns every record with every catalogue property, and all records without the archived filter", async () => {
    const [record] = await allTargets(emulator.current);
    expect(Object.keys(record.properties).length).toBeGreaterThan(50);
    expect(record.properties).toHaveProperty("hs_kpi_progress_percent", null);
    const every = (await admin<unknown[]>(emulator.current, "/portals/4000001/targets")).body;
    const summary = (await portals(emulator.current))[0];
    expect(every).toHaveLength(summary.targets + summary.archivedTargets);
    expect((await admin(emulator.current, "/portals/123/targets")).status).toBe(404);
  });

  it("returns only the properties asked for", async () => {
    const full = await allTargets(emulator.current);
    const slim = (await admin<Array<{ id: string; properties: Record<string, unknown> }>>(emulator.current, "/portals/4000001/targets?archived=false&properties=hs_object_id,hs_goal_name")).body;
    expect(slim.map((r) => r.id)).toEqual(full.map((r) => r.id));
    expect(slim[0].properties).toEqual({ hs_object_id: full[0].id, hs_goal_name: full[0].properties.hs_goal_name });
  });

  it("returns the directory: owners, users and teams", async () => {
    const { body } = await admin<{ owners: Array<{ userId: number | null; archived: boolean }>; users: unknown[]; teams: unknown[] }>(
      emulator.current,
      "/portals/4000001/directory",
    );
    expect(body.owners.length).toBeGreaterThanOrEqual(10);
    expect(body.users.length).toBeGreaterThan(10);
    expect(body.teams).toHaveLength(3);
    expect(body.owners.some((o) => o.archived)).toBe(true);
  });

  it("counts HubSpot calls by portal, route and status, never admin calls, and resets", async () => {
    await admin(emulator.current, "/calls/reset", {});
    await callJson(emulator.current, GOALS);
    await callJson(emulator.current, `${GOALS}/1`);
    await callJson(emulator.current, `${GOALS}/search`, { json: {} });
    await callJson(emulator.current, `${GOALS}/batch/read`, { json: { inputs: [] } });
    await callJson(emulator.current, "/crm/v3/owners");
    await callJson(emulator.current, "/crm/v3/owners/1");
    await callJson(emulator.current, "/settings/v3/users/");
    await callJson(emulator.current, "/settings/v3/users/1");
    await callJson(emulator.current, "/settings/v3/users/teams");
    await callJson(emulator.current, "/account-info/v3/details");
    await callJson(emulator.current, GOALS, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN });
    await callJson(emulator.current, GOALS, { token: "unknown" });
    await admin(emulator.current, "/portals");
    const { body } = await admin<Calls>(emulator.current, "/calls");
    expect(body.total).toBe(12);
    expect(body.byPortal["4000001"]).toEqual({
      total: 10,
      byRoute: {
        "goal_targets.list": 1,
        "goal_targets.get": 1,
        "goal_targets.search": 1,
        "goal_targets.batchRead": 1,
        "owners.list": 1,
        "owners.get": 1,
        "users.list": 1,
        "users.get": 1,
        "teams.list": 1,
        "account.details": 1,
      },
      byStatus: { "200": 7, "404": 3 },
      byVersion: { v3: 10 },
    });
    expect(body.byPortal["4000002"].total).toBe(1);
    expect(body.byPortal.unknown).toEqual({ total: 1, byRoute: { "goal_targets.list": 1 }, byStatus: { "401": 1 }, byVersion: { v3: 1 } });
    await admin(emulator.current, "/calls/reset", {});
    expect((await admin<Calls>(emulator.current, "/calls")).body).toEqual({ total: 0, byPortal: {} });
  });

  it("sets limits for every portal and restores them on reset", async () => {
    const set = await admin<{ tenSecondly: number; searchPerSecond: number }>(emulator.current, "/limits", { tenSecondly: 50 });
    expect(set.body).toEqual({ tenSecondly: 50, searchPerSecond: 5 });
    expect((await callJson(emulator.current, GOALS, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN })).headers.get("x-hubspot-ratelimit-max")).toBe("50");
    await admin(emulator.current, "/reset", {});
    expect((await callJson(emulator.current, GOALS)).headers.get("x-hubspot-ratelimit-max")).toBe("110");
    expect((await admin(emulator.current, "/limits", { tenSecondly: 0 })).status).toBe(400);
  });

  it("keeps issued OAuth tokens valid across a reset", async () => {
    const tokens = await oauthTokens(emulator.current, { portalId: 4000002 });
    await admin(emulator.current, "/reset", {});
    expect((await callJson(emulator.current, GOALS, { token: tokens.access_token })).status).toBe(200);
    const refreshed = await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
  });

  it("answers 404 for unknown admin routes and HubSpot's 404 body for unknown API routes", async () => {
    expect((await admin(emulator.current, "/nope")).status).toBe(404);
    const unknown = await callJson(emulator.current, "/crm/v3/objects/contacts");
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: "error", category: "OBJECT_NOT_FOUND" });
  });
});
