import { describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { AppError } from "@/lib/contracts/errors";
import type { PortalContext } from "@/lib/hubspot/context";
import { gatewayAgainstEmulator } from "../support/gateway-emulator";

/** One deadline per request: every HubSpot try gets at most the time the request has left. */

// A try alone could take 20 s; the requests below have far less than that.
const emulator = gatewayAgainstEmulator({ CACHE_TTL_SECONDS: "0", HUBSPOT_TIMEOUT_MS: "20000" });
const ctx = (deadline: number): PortalContext => ({
  portalId: DEMO_PORTAL_ID,
  userKey: "u",
  scopes: [],
  requestId: "test",
  deadline,
  accessToken: async () => DEMO_PRIVATE_APP_TOKEN,
});

const admin = emulator.admin;
const listCalls = () => emulator.calls("goal_targets.list");

describe("a request's deadline", () => {
  it("bounds a hanging try by the time left, not by the per-try timeout, and answers UPSTREAM_TIMEOUT", async () => {
    const { listGoalTargetsPage } = await import("@/lib/hubspot");
    await admin("/faults", { portalId: DEMO_PORTAL_ID, route: "goal_targets.list", hang: true, times: null });
    const failure = await listGoalTargetsPage(ctx(Date.now() + 1500), { limit: 5, properties: [], archived: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "UPSTREAM_TIMEOUT", status: 504 });
    // The one try took all the time there was: no retry could fit.
    expect(await listCalls()).toBe(1);
  });

  it("refuses at once, without calling, when HubSpot's pause outlasts the time left", async () => {
    const { listGoalTargetsPage } = await import("@/lib/hubspot");
    await admin("/faults", { portalId: DEMO_PORTAL_ID, route: "goal_targets.list", status: 429, retryAfterSeconds: 30, times: 1 });
    const first = await listGoalTargetsPage(ctx(Date.now() + 3000), { limit: 6, properties: [], archived: false }).catch((e: unknown) => e);
    expect(first).toMatchObject({ code: "RATE_LIMITED", extra: { retryAfterSeconds: 30 } });
    const second = await listGoalTargetsPage(ctx(Date.now() + 3000), { limit: 7, properties: [], archived: false }).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: "UPSTREAM_BUSY", status: 503 });
    expect((second as AppError).extra.retryAfterSeconds).toBeGreaterThan(20);
    expect(await listCalls()).toBe(1);
  });
});
