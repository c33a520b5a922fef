import { describe, expect, it } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN, SECOND_PORTAL_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { admin, allTargets, callJson, GOALS, oauthTokens, UUID, emulatorPerFile, type WireTarget } from "./helpers";

const emulator = emulatorPerFile();

describe("authentication and scopes", () => {
  it("answers 401 INVALID_AUTHENTICATION without a token or with an unknown one", async () => {
    for (const token of [null, "pat-na1-00000000-0000-0000-0000-000000000000", "garbage"]) {
      const { status, body, headers } = await callJson(emulator.current, GOALS, { token });
      expect(status).toBe(401);
      expect(body).toMatchObject({ status: "error", category: "INVALID_AUTHENTICATION" });
      expect(body.message).toMatch(/^Authentication credentials not found/);
      expect(body.correlationId).toBe(headers.get("x-hubspot-correlation-id"));
      expect(headers.get("x-hubspot-ratelimit-max")).toBeNull();
    }
  });

  it("answers 401 EXPIRED_AUTHENTICATION once an OAuth token has expired", async () => {
    const tokens = await oauthTokens(emulator.current);
    expect((await callJson(emulator.current, GOALS, { token: tokens.access_token })).status).toBe(200);
    await admin(emulator.current, "/tokens/expire", { accessToken: tokens.access_token });
    const { status, body } = await callJson<{ message: string; category: string; context: Record<string, string[]> }>(
      emulator.current,
      GOALS,
      { token: tokens.access_token },
    );
    expect(status).toBe(401);
    expect(body.category).toBe("EXPIRED_AUTHENTICATION");
    expect(body.message).toMatch(/^The OAuth token used to make this call expired \d+ second\(s\) ago\.$/);
    expect(Date.parse(body.context["expire time"][0])).toBeLessThanOrEqual(Date.now());
  });

  it("answers 403 MISSING_SCOPES naming the scope the route needs", async () => {
    const tokens = await oauthTokens(emulator.current, { scope: "oauth crm.objects.goals.read" });
    const [target] = await allTargets(emulator.current);
    const { status, body } = await callJson<{ category: string; errors: Array<{ context: { requiredGranularScopes: string[] } }> }>(
      emulator.current,
      `${GOALS}/${target.id}`,
      { method: "PATCH", token: tokens.access_token, json: { properties: { hs_target_amount: "1.00" } } },
    );
    expect(status).toBe(403);
    expect(body.category).toBe("MISSING_SCOPES");
    expect(body.errors[0].context.requiredGranularScopes).toEqual(["crm.objects.goals.write"]);
    const owners = await callJson(emulator.current, "/crm/v3/owners", { token: tokens.access_token });
    expect(owners.status).toBe(403);
    // Any valid token may read its own account details.
    expect((await callJson(emulator.current, "/account-info/v3/details", { token: tokens.access_token })).status).toBe(200);
  });

  it("never lets a token read another portal's data", async () => {
    const demo = await allTargets(emulator.current, 4000001);
    const contoso = await allTargets(emulator.current, 4000002);
    const page = await callJson<{ results: WireTarget[] }>(emulator.current, `${GOALS}?limit=100&properties=hs_goal_name`, {
      token: SECOND_PORTAL_PRIVATE_APP_TOKEN,
    });
    expect(page.body.results).toHaveLength(contoso.length);
    expect(page.body.results.every((r) => r.properties.hs_goal_name!.startsWith("Contoso"))).toBe(true);
    expect((await callJson(emulator.current, `${GOALS}/${demo[0].id}`, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN })).status).toBe(404);
    expect((await callJson(emulator.current, `${GOALS}/${contoso[0].id}`, { token: DEMO_PRIVATE_APP_TOKEN })).status).toBe(404);
    const account = await callJson(emulator.current, "/account-info/v3/details", { token: SECOND_PORTAL_PRIVATE_APP_TOKEN });
    expect(account.body).toMatchObject({ portalId: 4000002, timeZone: "Europe/Berlin", companyCurrency: "EUR" });
    const oauth = await oauthTokens(emulator.current, { portalId: 4000002 });
    const viaOAuth = await callJson<{ results: WireTarget[] }>(emulator.current, `${GOALS}?limit=100&properties=hs_goal_name`, {
      token: oauth.access_token,
    });
    expect(viaOAuth.body.results.map((r) => r.id).sort()).toEqual(contoso.map((t) => t.id).sort());
  });
});

describe("rate limits", () => {
  it("sends the ten-secondly headers, plus daily ones for private-app tokens only", async () => {
    await admin(emulator.current, "/reset", {});
    const first = await callJson(emulator.current, GOALS);
    expect(first.headers.get("x-hubspot-ratelimit-max")).toBe("110");
    expect(first.headers.get("x-hubspot-ratelimit-interval-milliseconds")).toBe("10000");
    expect(first.headers.get("x-hubspot-ratelimit-remaining")).toBe("109");
    expect(first.headers.get("x-hubspot-ratelimit-daily")).toBeTruthy();
    const dailyRemaining = Number(first.headers.get("x-hubspot-ratelimit-daily-remaining"));
    const second = await callJson(emulator.current, GOALS);
    expect(second.headers.get("x-hubspot-ratelimit-remaining")).toBe("108");
    expect(Number(second.headers.get("x-hubspot-ratelimit-daily-remaining"))).toBe(dailyRemaining - 1);

    const tokens = await oauthTokens(emulator.current);
    const oauth = await callJson(emulator.current, GOALS, { token: tokens.access_token });
    expect(oauth.headers.get("x-hubspot-ratelimit-remaining")).toBe("107");
    expect(oauth.headers.get("x-hubspot-ratelimit-daily")).toBeNull();
  });

  it("answers the ten-secondly 429 body, and a 429 consumes no budget", async () => {
    await admin(emulator.current, "/limits", { tenSecondly: 3 });
    try {
      for (let i = 0; i < 3; i += 1) expect((await callJson(emulator.current, GOALS)).status).toBe(200);
      const limited = await callJson<Record<string, unknown>>(emulator.current, GOALS);
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({
        status: "error",
        message: "You have reached your ten_secondly_rolling limit.",
        errorType: "RATE_LIMIT",
        policyName: "TEN_SECONDLY_ROLLING",
      });
      expect(limited.body.correlationId).toMatch(UUID);
      expect(limited.body.requestId).toMatch(UUID);
      expect(limited.body.groupName).toMatch(/^publicapi:private_app-api-calls-ten-secondly:\d+:4000001$/);
      expect(limited.headers.get("x-hubspot-ratelimit-remaining")).toBe("0");
      // Another portal has its own budget.
      expect((await callJson(emulator.current, GOALS, { token: SECOND_PORTAL_PRIVATE_APP_TOKEN })).status).toBe(200);
      // Search is exempt from the ten-secondly window.
      expect((await callJson(emulator.current, `${GOALS}/search`, { json: {} })).status).toBe(200);
    } finally {
      await admin(emulator.current, "/reset", {});
    }
  });

  it("limits search per second with its own 429 message and no headers", async () => {
    await admin(emulator.current, "/limits", { searchPerSecond: 2 });
    try {
      const statuses = [];
      let limitedBody: Record<string, unknown> | undefined;
      let limitedHeaders: Headers | undefined;
      for (let i = 0; i < 4; i += 1) {
        const res = await callJson<Record<string, unknown>>(emulator.current, `${GOALS}/search`, { json: { limit: 1 } });
        statuses.push(res.status);
        if (res.status === 429) [limitedBody, limitedHeaders] = [res.body, res.headers];
      }
      expect(statuses.slice(0, 2)).toEqual([200, 200]);
      expect(statuses).toContain(429);
      expect(limitedBody).toMatchObject({ status: "error", message: "You have reached your secondly limit.", errorType: "RATE_LIMIT" });
      expect(limitedBody!.policyName).not.toBe("TEN_SECONDLY_ROLLING");
      expect(limitedHeaders!.get("x-hubspot-ratelimit-max")).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect((await callJson(emulator.current, `${GOALS}/search`, { json: { limit: 1 } })).status).toBe(200);
    } finally {
      await admin(emulator.current, "/reset", {});
    }
  });
});
