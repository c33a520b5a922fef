import { Client } from "@hubspot/api-client";
import { describe, expect, it, vi } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { admin, allTargets, failure, oauthTokens, portals, emulatorPerFile } from "./helpers";

const emulator = emulatorPerFile({ now: new Date("2026-05-14T15:30:00Z") });

// The official client keeps its retry decorators in a process-wide singleton, so every client in
// this file is built with the same retry count.
const client = (accessToken = DEMO_PRIVATE_APP_TOKEN) =>
  new Client({ accessToken, basePath: emulator.current.url, numberOfApiCallRetries: 3 });

describe("official @hubspot/api-client against the emulator", () => {
  it("pages through every goal target with getPage", async () => {
    const api = client().crm.objects.goals.basicApi;
    const ids: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await api.getPage(100, after, ["hs_goal_name", "hs_target_amount"]);
      pages += 1;
      for (const record of page.results) {
        ids.push(record.id);
        expect(record.createdAt).toBeInstanceOf(Date);
        expect(typeof record.properties.hs_goal_name).toBe("string");
      }
      after = page.paging?.next?.after;
    } while (after);
    const summary = (await portals(emulator.current)).find((portal) => portal.portalId === 4000001)!;
    expect(ids).toHaveLength(summary.targets);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(summary.targets / 100));
  });

  it("reads one target with properties", async () => {
    const [first] = await allTargets(emulator.current);
    const record = await client().crm.objects.goals.basicApi.getById(first.id, ["hs_goal_name", "hs_end_datetime", "not_a_property"]);
    expect(record.id).toBe(first.id);
    expect(record.properties.hs_goal_name).toBe(first.properties.hs_goal_name);
    expect(record.properties.hs_end_datetime).toBe(first.properties.hs_end_datetime);
    expect(record.properties).not.toHaveProperty("not_a_property");
    expect(record.properties.hs_object_id).toBe(first.id);
  });

  it("batch-reads targets, reporting missing ids as a 207", async () => {
    const targets = await allTargets(emulator.current);
    const api = client().crm.objects.goals.batchApi;
    const ok = await api.read({ inputs: targets.slice(0, 3).map(({ id }) => ({ id })), properties: ["hs_target_amount"], propertiesWithHistory: [] });
    expect(ok.status).toBe("COMPLETE");
    expect(ok.results.map((record) => record.id).sort()).toEqual(targets.slice(0, 3).map(({ id }) => id).sort());
    const partial = await api.read({ inputs: [{ id: targets[0].id }, { id: "1" }], properties: [], propertiesWithHistory: [] });
    expect(partial.results).toHaveLength(1);
    expect("numErrors" in partial && partial.numErrors).toBe(1);
  });

  it("searches with filters and a sort", async () => {
    const result = await client().crm.objects.goals.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            { propertyName: "hs_goal_type", operator: "EQ" as never, value: "sales_quota" },
            { propertyName: "hs_end_datetime", operator: "GTE" as never, value: "2026-05-01T00:00:00Z" },
          ],
        },
      ],
      sorts: ["-hs_target_amount"],
      properties: ["hs_goal_name", "hs_target_amount", "hs_end_datetime"],
      limit: 50,
      after: "0",
    });
    const expected = (await allTargets(emulator.current)).filter(
      (t) => t.properties.hs_goal_type === "sales_quota" && Date.parse(t.properties.hs_end_datetime!) >= Date.parse("2026-05-01T00:00:00Z"),
    );
    expect(result.total).toBe(expected.length);
    const amounts = result.results.map((record) => Number(record.properties.hs_target_amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it("surfaces 404, 401 and 403 as ApiException with HubSpot's bodies", async () => {
    const notFound = await failure(client().crm.objects.goals.basicApi.getById("999"));
    expect(notFound.code).toBe(404);
    expect(notFound.body.category).toBe("OBJECT_NOT_FOUND");

    const unauthorized = await failure(client("pat-na1-not-a-token").crm.objects.goals.basicApi.getPage());
    expect(unauthorized.code).toBe(401);
    expect(unauthorized.body.category).toBe("INVALID_AUTHENTICATION");

    // A token whose user unticked the optional goals scope on the consent page.
    const tokens = await oauthTokens(emulator.current, { scope: "oauth", optionalScope: "crm.objects.goals.read", grantOptional: [] });
    const forbidden = await failure(client(tokens.access_token).crm.objects.goals.basicApi.getPage());
    expect(forbidden.code).toBe(403);
    expect(forbidden.body.category).toBe("MISSING_SCOPES");
    expect(forbidden.body.errors?.[0].context?.requiredGranularScopes).toEqual(["crm.objects.goals.read"]);
  });

  it("retries a search 429 (secondly limit) until it succeeds", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await admin(emulator.current, "/limits", { searchPerSecond: 1 });
      await admin(emulator.current, "/calls/reset", {});
      const api = client().crm.objects.goals.searchApi;
      const results = await Promise.all([api.doSearch({ limit: 1 }), api.doSearch({ limit: 1 })]);
      expect(results.every((result) => result.results.length === 1)).toBe(true);
      const calls = (await admin<{ byPortal: Record<string, { byStatus: Record<string, number> }> }>(emulator.current, "/calls")).body;
      expect(calls.byPortal["4000001"].byStatus["429"]).toBeGreaterThanOrEqual(1);
      expect(calls.byPortal["4000001"].byStatus["200"]).toBe(2);
    } finally {
      errors.mockRestore();
      await admin(emulator.current, "/reset", {});
    }
  });

  it("reads owners, users, teams and the account through the client", async () => {
    const c = client();
    const owners = await c.crm.owners.ownersApi.getPage(undefined, undefined, 500);
    expect(owners.results.length).toBeGreaterThanOrEqual(10);
    const withUser = owners.results.find((owner) => owner.userId);
    const byUserId = await c.crm.owners.ownersApi.getById(withUser!.userId!, "userId");
    expect(byUserId.id).toBe(withUser!.id);
    const users = await c.settings.users.usersApi.getPage();
    expect(users.results.length).toBeGreaterThan(10);
    const teams = await c.settings.users.teamsApi.getAll();
    expect(teams.results.map((team) => team.name)).toEqual(expect.arrayContaining(["East Sales", "West Sales", "Customer Support"]));
    const account = await c.apiRequest({ method: "GET", path: "/account-info/v3/details" });
    expect(await account.json()).toMatchObject({ portalId: 4000001, timeZone: "America/New_York", companyCurrency: "USD" });
  });

  it("completes the OAuth exchange and introspection through the client", async () => {
    const c = new Client({ basePath: emulator.current.url });
    const tokens = await oauthTokens(emulator.current, { scope: "oauth crm.objects.goals.read" });
    const refreshed = await c.oauth.tokensApi.create("refresh_token", undefined, undefined, "goalboard-demo", "goalboard-demo-secret", tokens.refresh_token);
    expect(refreshed.refreshToken).toBe(tokens.refresh_token);
    expect(refreshed.accessToken).not.toBe(tokens.access_token);
    const info = await c.oauth.accessTokensApi.get(refreshed.accessToken);
    expect(info.hubId).toBe(4000001);
    expect(info.scopes).toEqual(["oauth", "crm.objects.goals.read"]);
  });
});
