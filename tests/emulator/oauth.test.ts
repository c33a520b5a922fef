import { describe, expect, it } from "vitest";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { admin, authorize, call, callJson, exchange, GOALS, oauthTokens, REDIRECT_URI, UUID, emulatorPerFile } from "./helpers";

const emulator = emulatorPerFile({ tokenTtlSeconds: 900 });

const authorizeUrl = (params: Record<string, string>, path = "/oauth/authorize") => `${path}?${new URLSearchParams(params)}`;
const baseParams = {
  client_id: DEMO_CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  scope: "oauth crm.objects.goals.read",
  optional_scope: "crm.objects.goals.write settings.users.read",
  state: "xyz",
};

describe("consent page", () => {
  it("lists every portal's users as labelled radios, the scopes, and the two buttons", async () => {
    const res = await call(emulator.current, authorizeUrl(baseParams), { token: null });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<legend>Northwind Traders \(demo\)/);
    expect(page).toMatch(/<legend>Contoso Europe \(test\)/);
    expect(page).toMatch(/<label for="user-4000001-\d+">Grace Holloway \(grace\.holloway@northwind-traders\.example\)<\/label>/);
    expect(page).toContain("James O&#39;Connor (james.oconnor@northwind-traders.example)");
    expect(page).toMatch(/<input type="checkbox" id="optional-scope-0" name="grant_optional" value="crm\.objects\.goals\.write" checked>/);
    expect(page).toContain("<code>crm.objects.goals.read</code>");
    expect(page).toContain(">Grant access</button>");
    expect(page).toContain(">Cancel</button>");
    // Every control has a label pointing at it.
    for (const [, id] of page.matchAll(/<input type="(?:radio|checkbox)" id="([^"]+)"/g)) expect(page).toContain(`<label for="${id}">`);
  });

  it("preselects the portal named in /oauth/{portalId}/authorize", async () => {
    const page = await (await call(emulator.current, authorizeUrl(baseParams, "/oauth/4000002/authorize"), { token: null })).text();
    expect(page).toMatch(/id="user-4000002-\d+" name="portal_user" value="4000002:\d+" required checked/);
    expect(page).not.toMatch(/value="4000001:\d+" required checked/);
  });

  it("refuses an unknown client or a redirect that leaves this machine with a 400 page", async () => {
    for (const params of [
      { ...baseParams, client_id: "someone-else" },
      { ...baseParams, redirect_uri: "https://evil.example/callback" },
      { ...baseParams, redirect_uri: "javascript:alert(1)" },
    ]) {
      const res = await call(emulator.current, authorizeUrl(params), { token: null });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('role="alert"');
    }
  });

  it("redirects with code and state on grant, and with error=access_denied on cancel", async () => {
    const grant = await call(emulator.current, "/oauth/authorize", {
      token: null,
      form: { ...baseParams, portal_user: "", action: "grant" },
    });
    expect(grant.status).toBe(400);
    const cancel = await call(emulator.current, "/oauth/authorize", { token: null, form: { ...baseParams, action: "cancel" } });
    expect(cancel.status).toBe(302);
    const location = new URL(cancel.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: "access_denied", state: "xyz" });
  });
});

describe("token endpoint", () => {
  it("exchanges a code once for HubSpot's v1 token response", async () => {
    const code = await authorize(emulator.current, { state: "s1" });
    const { status, body } = await exchange(emulator.current, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
    expect(body.token_type).toBe("bearer");
    expect(body.expires_in).toBe(900);
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{150,}$/);
    expect(body.refresh_token).toMatch(/^na1-/);
    expect((await callJson(emulator.current, GOALS, { token: body.access_token })).status).toBe(200);

    const again = await exchange(emulator.current, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ status: "BAD_AUTH_CODE", error: "invalid_grant" });
  });

  it("answers HubSpot-style errors for bad codes, clients, secrets, redirects and refresh tokens", async () => {
    const code = await authorize(emulator.current);
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ grant_type: "authorization_code", code: "na1-nope", redirect_uri: REDIRECT_URI }, "BAD_AUTH_CODE", "invalid_grant"],
      [{ grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1:1/other" }, "BAD_REDIRECT_URI", "invalid_grant"],
      [{ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, client_id: "wrong" }, "BAD_CLIENT_ID", "invalid_client"],
      [{ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, client_secret: "wrong" }, "BAD_CLIENT_SECRET", "invalid_client"],
      [{ grant_type: "refresh_token", refresh_token: "na1-unknown" }, "BAD_REFRESH_TOKEN", "invalid_grant"],
    ];
    for (const [fields, status, error] of cases) {
      const res = await exchange(emulator.current, fields);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status, error });
      expect(typeof res.body.message).toBe("string");
      expect(typeof res.body.error_description).toBe("string");
      expect(res.body.correlationId).toMatch(UUID);
    }
    // The failed attempts did not use the code up.
    expect((await exchange(emulator.current, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI })).status).toBe(200);
  });

  it("refreshes: same refresh token, a new access token, and the old one still valid until it expires", async () => {
    const first = await oauthTokens(emulator.current);
    const { status, body } = await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(status).toBe(200);
    expect(body.refresh_token).toBe(first.refresh_token);
    expect(body.access_token).not.toBe(first.access_token);
    expect((await callJson(emulator.current, GOALS, { token: body.access_token })).status).toBe(200);
    expect((await callJson(emulator.current, GOALS, { token: first.access_token })).status).toBe(200);
  });

  it("introspects access tokens and expires them on demand", async () => {
    const tokens = await oauthTokens(emulator.current, { userEmail: "ava.thompson@northwind-traders.example", scope: "oauth crm.objects.goals.read" });
    const { status, body } = await callJson<Record<string, unknown>>(emulator.current, `/oauth/v1/access-tokens/${tokens.access_token}`, { token: null });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token: tokens.access_token,
      user: "ava.thompson@northwind-traders.example",
      hub_id: 4000001,
      scopes: ["oauth", "crm.objects.goals.read"],
      token_type: "access",
    });
    expect(body.expires_in).toBeGreaterThan(890);
    expect(typeof body.user_id).toBe("number");
    expect(typeof body.app_id).toBe("number");
    expect(typeof body.hub_domain).toBe("string");

    const unknown = await callJson(emulator.current, "/oauth/v1/access-tokens/not-a-token", { token: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: "error", category: "OBJECT_NOT_FOUND" });
    expect((await callJson(emulator.current, `/oauth/v1/access-tokens/${DEMO_PRIVATE_APP_TOKEN}`, { token: null })).status).toBe(404);

    await admin(emulator.current, "/tokens/expire", { portalId: 4000001 });
    expect((await callJson(emulator.current, `/oauth/v1/access-tokens/${tokens.access_token}`, { token: null })).status).toBe(404);
  });

  it("reads and revokes refresh tokens", async () => {
    const tokens = await oauthTokens(emulator.current, { portalId: 4000002 });
    const info = await callJson(emulator.current, `/oauth/v1/refresh-tokens/${tokens.refresh_token}`, { token: null });
    expect(info.body).toMatchObject({ token: tokens.refresh_token, hub_id: 4000002, client_id: DEMO_CLIENT_ID, token_type: "refresh" });
    expect(tokens.refresh_token).toMatch(/^eu1-/);
    const revoke = await call(emulator.current, `/oauth/v1/refresh-tokens/${tokens.refresh_token}`, { token: null, method: "DELETE" });
    expect(revoke.status).toBe(204);
    const refresh = await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    expect(refresh.body).toMatchObject({ status: "BAD_REFRESH_TOKEN" });
    // Revoking the refresh token leaves the access token alone.
    expect((await callJson(emulator.current, GOALS, { token: tokens.access_token })).status).toBe(200);
  });

  it("lists issued tokens for leak scans and counts the OAuth calls per portal", async () => {
    await admin(emulator.current, "/calls/reset", {});
    const tokens = await oauthTokens(emulator.current, { portalId: 4000002 });
    await callJson(emulator.current, `/oauth/v1/access-tokens/${tokens.access_token}`, { token: null });
    const listed = await admin<{ accessTokens: string[]; refreshTokens: string[] }>(emulator.current, "/tokens?portalId=4000002");
    expect(listed.body.accessTokens).toContain(tokens.access_token);
    expect(listed.body.refreshTokens).toContain(tokens.refresh_token);
    const calls = await admin<{ byPortal: Record<string, { byRoute: Record<string, number> }> }>(emulator.current, "/calls");
    expect(calls.body.byPortal["4000002"].byRoute).toMatchObject({ "oauth.token": 1, "oauth.introspect": 1 });
  });
});

describe("current OAuth API (2026-03, and the same under v3)", () => {
  const form = (fields: Record<string, string>) => ({ client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, ...fields });
  const post = (path: string, fields: Record<string, string>) => callJson<Record<string, unknown>>(emulator.current, path, { token: null, form: form(fields) });

  for (const version of ["2026-03", "v3"]) {
    it(`${version}: the token answer carries token_use, hub_id, user_id and scopes, for a code and for a refresh`, async () => {
      const code = await authorize(emulator.current, { userEmail: "ava.thompson@northwind-traders.example" });
      const { status, body } = await exchange(emulator.current, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI }, `/oauth/${version}/token`);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "hub_id", "refresh_token", "scopes", "token_type", "token_use", "user_id"]);
      expect(body).toMatchObject({ token_type: "bearer", token_use: "access_token", hub_id: 4000001, scopes: ["oauth", "crm.objects.goals.read"], expires_in: 900 });
      expect(typeof body.user_id).toBe("number");
      const refreshed = await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: body.refresh_token }, `/oauth/${version}/token`);
      expect(refreshed.body).toMatchObject({ token_use: "access_token", hub_id: 4000001, user_id: body.user_id, refresh_token: body.refresh_token });
      expect(refreshed.body.access_token).not.toBe(body.access_token);
    });
  }

  it("introspects with a form body: active access and refresh tokens, { active: false } for the rest", async () => {
    const tokens = await oauthTokens(emulator.current, { userEmail: "ava.thompson@northwind-traders.example" });
    const access = await post("/oauth/2026-03/token/introspect", { token: tokens.access_token, token_type_hint: "access_token" });
    expect(access.status).toBe(200);
    expect(access.body).toMatchObject({
      active: true,
      token_use: "access_token",
      client_id: DEMO_CLIENT_ID,
      user: "ava.thompson@northwind-traders.example",
      hub_id: 4000001,
      scopes: ["oauth", "crm.objects.goals.read"],
    });
    expect(typeof access.body.hub_domain).toBe("string");
    expect(access.body.expires_in).toBeGreaterThan(890);
    const refresh = await post("/oauth/v3/token/introspect", { token: tokens.refresh_token, token_type_hint: "refresh_token" });
    expect(refresh.body).toMatchObject({ active: true, token_use: "refresh_token", hub_id: 4000001 });
    expect((await post("/oauth/2026-03/token/introspect", { token: "not-a-token" })).body).toEqual({ active: false });
    expect((await post("/oauth/2026-03/token/introspect", { token: DEMO_PRIVATE_APP_TOKEN })).body).toEqual({ active: false });
    const noSecret = await callJson(emulator.current, "/oauth/2026-03/token/introspect", { token: null, form: { client_id: DEMO_CLIENT_ID, token: tokens.access_token } });
    expect(noSecret.status).toBe(400);
    expect(noSecret.body).toMatchObject({ status: "BAD_CLIENT_SECRET", error: "invalid_client" });
    expect((await post("/oauth/2026-03/token/introspect", {})).body).toMatchObject({ error: "invalid_request" });
  });

  it("revokes a refresh token together with the access tokens issued from it; 200 for unknown tokens too", async () => {
    const tokens = await oauthTokens(emulator.current, { portalId: 4000002 });
    const other = await oauthTokens(emulator.current, { portalId: 4000002 });
    const revoke = await call(emulator.current, "/oauth/2026-03/token/revoke", { token: null, form: form({ token: tokens.refresh_token, token_type_hint: "refresh_token" }) });
    expect(revoke.status).toBe(200);
    expect(await revoke.text()).toBe("");
    expect((await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, "/oauth/2026-03/token")).body).toMatchObject({
      status: "BAD_REFRESH_TOKEN",
    });
    expect((await callJson(emulator.current, GOALS, { token: tokens.access_token })).status).toBe(401);
    expect((await post("/oauth/2026-03/token/introspect", { token: tokens.refresh_token })).body).toEqual({ active: false });
    // Another sign-in of the same user keeps its own grant.
    expect((await callJson(emulator.current, GOALS, { token: other.access_token })).status).toBe(200);
    expect((await call(emulator.current, "/oauth/v3/token/revoke", { token: null, form: form({ token: "na1-unknown" }) })).status).toBe(200);
    // An access token alone can be revoked too.
    expect((await call(emulator.current, "/oauth/v3/token/revoke", { token: null, form: form({ token: other.access_token }) })).status).toBe(200);
    expect((await callJson(emulator.current, GOALS, { token: other.access_token })).status).toBe(401);
  });

  it("counts the calls per portal under the same operation names as v1, and by API version", async () => {
    await admin(emulator.current, "/calls/reset", {});
    const tokens = await oauthTokens(emulator.current, { portalId: 4000002 });
    await post("/oauth/2026-03/token/introspect", { token: tokens.access_token });
    await exchange(emulator.current, { grant_type: "refresh_token", refresh_token: tokens.refresh_token }, "/oauth/2026-03/token");
    await post("/oauth/2026-03/token/revoke", { token: tokens.refresh_token });
    const calls = await admin<{ byPortal: Record<string, { byRoute: Record<string, number>; byVersion: Record<string, number> }> }>(emulator.current, "/calls");
    expect(calls.body.byPortal["4000002"].byRoute).toEqual({ "oauth.token": 2, "oauth.introspect": 1, "oauth.revoke": 1 });
    expect(calls.body.byPortal["4000002"].byVersion).toEqual({ v1: 1, "2026-03": 3 });
  });
});
