import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PORTAL_ID } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import type { ServerSession } from "@/lib/auth/session";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { emulatorAdmin, useEmulatorEnv } from "../gateway/gateway-env";
import { oauthTokens, portals } from "../emulator/helpers";

/** A portal that takes seconds to read (a dozen search pages at 2 a second), and two of its users. */
const TARGETS = 2_300;
const SCOPES = ["oauth", "crm.objects.goals.read"];
let emulator: RunningEmulator;
let emails: string[];

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, targets: TARGETS, searchPerSecondLimit: 2 });
  useEmulatorEnv(emulator.url, {
    HUBSPOT_CLIENT_ID: DEMO_CLIENT_ID,
    HUBSPOT_CLIENT_SECRET: DEMO_CLIENT_SECRET,
    HUBSPOT_SEARCH_PER_SECOND: "2",
    CACHE_TTL_SECONDS: "0",
    HUBSPOT_USER_SHARE: "1",
  });
  delete process.env.REDIS_URL;
  emails = (await portals(emulator)).find((p) => p.portalId === DEMO_PORTAL_ID)!.users.map((u) => u.email);
});
afterAll(() => emulator.close());
beforeEach(async () => {
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
  await emulatorAdmin(emulator.url, "/calls/reset", {});
});

/** A user signed in through the emulator's OAuth, as the session cookie would carry them. */
async function signIn(email: string, hubUserId: number): Promise<ServerSession> {
  const tokens = await oauthTokens(emulator, { userEmail: email, scope: SCOPES.join(" ") });
  const grant = { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresIn: tokens.expires_in, expiresAt: Date.now() + tokens.expires_in * 1000 };
  return { sid: randomUUID(), portalId: DEMO_PORTAL_ID, hubUserId, email, hubDomain: null, scopes: SCOPES, grant };
}

async function signOut(session: ServerSession): Promise<void> {
  const { endSession } = await import("@/lib/auth/sign-out");
  await endSession({ sid: session.sid, portalId: session.portalId, authTime: Date.now(), hubspot: session.grant });
}

async function server() {
  const [{ portalTargets }, { portalContext }] = await Promise.all([import("@/lib/server/goals-dataset"), import("@/lib/server/portal-context")]);
  return { ask: (session: ServerSession) => portalTargets(portalContext(session, randomUUID()), false, 300) };
}

const liveCount = async () => (await emulatorAdmin<unknown[]>(emulator.url, `/portals/${DEMO_PORTAL_ID}/targets?archived=false&properties=hs_goal_name`)).length;

describe("a running portal load and the sign-ins it uses", () => {
  it("goes on with a waiting colleague's sign-in when the user who started it signs out", async () => {
    const { ask } = await server();
    const [starter, colleague] = [await signIn(emails[0], 1), await signIn(emails[1], 2)];
    expect(await ask(starter)).toHaveProperty("progress");
    expect(await ask(colleague)).toHaveProperty("progress");
    // Signing out revokes the refresh token, and HubSpot (the emulator) the access tokens from it.
    await signOut(starter);
    let held = await ask(colleague);
    while ("progress" in held) held = await ask(colleague);
    expect(held.loaded[0].records).toHaveLength(await liveCount());
  }, 30_000);

  it("fails as an ended sign-in when nobody else waits, and the next user's request starts afresh", async () => {
    const { ask } = await server();
    const starter = await signIn(emails[0], 1);
    expect(await ask(starter)).toHaveProperty("progress");
    await signOut(starter);
    // The starter's own polls would be refused at the door; the load itself stops on its next call.
    const { pending } = await waitForFailure(() => ask(starter));
    expect(pending).toMatchObject({ code: "SESSION_EXPIRED" });
    const next = await signIn(emails[1], 2);
    let held = await ask(next);
    while ("progress" in held) held = await ask(next);
    expect(held.loaded[0].records).toHaveLength(await liveCount());
  }, 30_000);
});

async function waitForFailure(poll: () => Promise<unknown>): Promise<{ pending: unknown }> {
  for (;;) {
    try {
      await poll();
    } catch (error) {
      return { pending: error };
    }
  }
}
