import { Client } from "@hubspot/api-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN, SECOND_PORTAL_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { startEmulator } from "@/emulator/server";
import { admin, call, callJson, emulatorPerFile, exchange, GOALS, oauthTokens, UUID } from "./helpers";

const emulator = emulatorPerFile();
const fault = (rule: Record<string, unknown>) => admin(emulator.current, "/faults", rule);

afterEach(async () => {
  await admin(emulator.current, "/faults", undefined, "DELETE");
});

describe("injected faults", () => {
  it("answers a status fault once by default, with HubSpot's body, then recovers", async () => {
    const created = await fault({ route: "goal_targets.list", status: 500 });
    expect(created.status).toBe(201);
    const failed = await callJson(emulator.current, GOALS);
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ status: "error", category: "INTERNAL_ERROR" });
    expect(failed.body.correlationId).toMatch(UUID);
    expect((await callJson(emulator.current, GOALS)).status).toBe(200);
  });

  it("matches by route and portal, and keeps going until cleared when times is null", async () => {
    await fault({ portalId: 4000002, route: "goal_targets.get", status: 503, times: null, retryAfterSeconds: 7 });
    expect((await callJson(emulator.current, `${GOALS}/1`, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN })).status).toBe(503);
    const again = await callJson(emulator.current, `${GOALS}/1`, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN });
    expect(again.status).toBe(503);
    expect(again.headers.get("retry-after")).toBe("7");
    expect(again.body.category).toBe("SERVICE_UNAVAILABLE");
    expect((await callJson(emulator.current, GOALS, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN })).status).toBe(200);
    expect((await callJson(emulator.current, `${GOALS}/1`)).status).toBe(404);
    const listed = await admin<Array<{ remaining: number | null; hits: number }>>(emulator.current, "/faults");
    expect(listed.body).toMatchObject([{ remaining: null, hits: 2 }]);
    await admin(emulator.current, "/faults", undefined, "DELETE");
    expect((await admin<unknown[]>(emulator.current, "/faults")).body).toEqual([]);
  });

  it("answers 429 faults with either policy, without consuming the rate budget", async () => {
    await admin(emulator.current, "/reset", {});
    const before = Number((await callJson(emulator.current, GOALS)).headers.get("x-hubspot-ratelimit-remaining"));
    await fault({ status: 429, times: 2 });
    const ten = await callJson(emulator.current, GOALS);
    expect(ten.status).toBe(429);
    expect(ten.body).toMatchObject({ policyName: "TEN_SECONDLY_ROLLING", message: "You have reached your ten_secondly_rolling limit.", errorType: "RATE_LIMIT" });
    expect(Number(ten.headers.get("x-hubspot-ratelimit-remaining"))).toBe(before);
    const search = await callJson(emulator.current, `${GOALS}/search`, { json: {} });
    expect(search.body).toMatchObject({ message: "You have reached your secondly limit." });
    await fault({ status: 429, policyName: "DAILY", retryAfterSeconds: 3600 });
    const daily = await callJson(emulator.current, GOALS);
    expect(daily.body).toMatchObject({ policyName: "DAILY", message: "You have reached your daily limit." });
    expect(daily.headers.get("retry-after")).toBe("3600");
    expect(Number((await callJson(emulator.current, GOALS)).headers.get("x-hubspot-ratelimit-remaining"))).toBe(before - 1);
  });

  it("answers 401 and 403 faults like real authentication failures", async () => {
    await fault({ status: 401 });
    expect((await callJson(emulator.current, GOALS)).body.category).toBe("INVALID_AUTHENTICATION");
    const tokens = await oauthTokens(emulator.current);
    await fault({ status: 401 });
    const expired = await callJson(emulator.current, GOALS, { token: tokens.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body.category).toBe("EXPIRED_AUTHENTICATION");
    await fault({ status: 403, scope: "crm.objects.goals.read" });
    const forbidden = await callJson<{ category: string; errors: Array<{ context: { requiredGranularScopes: string[] } }> }>(
      emulator.current,
      "/crm/v3/owners",
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].context.requiredGranularScopes).toEqual(["crm.objects.goals.read"]);
  });

  it("delays a response by latencyMs", async () => {
    await fault({ route: "account.details", latencyMs: 300 });
    const started = Date.now();
    const res = await callJson(emulator.current, "/account-info/v3/details");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("truncates a 200 body with malformedJson", async () => {
    await fault({ route: "goal_targets.list", malformedJson: true });
    const res = await call(emulator.current, GOALS);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('{"results":[')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("destroys the socket with reset and never answers with hang", async () => {
    await fault({ route: "goal_targets.list", reset: true });
    await expect(call(emulator.current, GOALS)).rejects.toThrow();
    await fault({ route: "goal_targets.list", hang: true });
    await expect(
      fetch(`${emulator.current.url}${GOALS}`, { headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}` }, signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    const calls = await admin<{ byPortal: Record<string, { byStatus: Record<string, number> }> }>(emulator.current, "/calls");
    expect(calls.body.byPortal["4000001"].byStatus).toMatchObject({ reset: 1, hang: 1 });
  });

  it("can fail the OAuth token endpoint", async () => {
    await fault({ route: "oauth.token", status: 502 });
    const res = await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: "na1-x" });
    expect(res.status).toBe(502);
    expect(res.body).toMatchObject({ status: "error", category: "BAD_GATEWAY" });
  });

  it("lets the official client retry through a 5xx fault", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await fault({ route: "goal_targets.list", status: 502, times: 2 });
      const client = new Client({ accessToken: DEMO_PRIVATE_APP_TOKEN, basePath: emulator.current.url, numberOfApiCallRetries: 3 });
      const page = await client.crm.objects.goals.basicApi.getPage(5);
      expect(page.results).toHaveLength(5);
    } finally {
      errors.mockRestore();
    }
  });

  it("rejects malformed rules", async () => {
    expect((await fault({ status: 418 })).status).toBe(400);
    expect((await fault({ route: "goal_targets.list", bogus: true })).status).toBe(400);
  });
});

describe("close()", () => {
  it("returns promptly with a request left hanging, and the hanging client sees its socket die", async () => {
    const local = await startEmulator({ quiet: true });
    await fetch(`${local.url}/__emulator/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ hang: true }) });
    const pending = fetch(`${local.url}${GOALS}`, { headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}` } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Waiting on the hanging socket would never return; the test's timeout would catch it.
    await local.close();
    await expect(pending).rejects.toThrow();
  });
});
