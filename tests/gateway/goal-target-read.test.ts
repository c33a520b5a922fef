import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { AppError } from "@/lib/contracts/errors";
import { resetServerEnvForTests } from "@/lib/env";
import type { PortalContext } from "@/lib/hubspot/context";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { emulatorAdmin, operationCalls, useEmulatorEnv } from "./gateway-env";

/** Reading one goal target through the gateway, with the cache set as the demo and deployments set it. */

let emulator: RunningEmulator;
const ctx: PortalContext = { portalId: DEMO_PORTAL_ID, scopes: [], requestId: "test", userKey: "test-user", deadline: Number.POSITIVE_INFINITY, accessToken: async () => DEMO_PRIVATE_APP_TOKEN };
const PROPERTIES = ["hs_goal_name", "hs_target_amount"];

const admin = <T>(path: string, body?: unknown) => emulatorAdmin<T>(emulator.url, path, body);

const getCalls = () => operationCalls(emulator.url, DEMO_PORTAL_ID, "goal_targets.get");

async function listCalls(): Promise<number> {
  const counts = await admin<{ byPortal: Record<string, { byRoute: Record<string, number> } | undefined> }>("/calls");
  return counts.byPortal[String(DEMO_PORTAL_ID)]?.byRoute["goal_targets.list"] ?? 0;
}

async function targetId(archived: boolean): Promise<string> {
  return (await admin<{ id: string }[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=${archived}`))[0].id;
}

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true });
  useEmulatorEnv(emulator.url, { CACHE_TTL_SECONDS: "30", CACHE_STALE_SECONDS: "300" });
  delete process.env.REDIS_URL;
});
afterAll(() => emulator.close());
beforeEach(async () => {
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
  await admin("/calls/reset", {});
});

describe("getGoalTarget", () => {
  it("reads a live target in one call, then from the cache", async () => {
    const { getGoalTarget } = await import("@/lib/hubspot");
    const id = await targetId(false);
    expect(await getGoalTarget(ctx, id, PROPERTIES)).toMatchObject({ id, archived: false });
    expect(await getGoalTarget(ctx, id, PROPERTIES)).toMatchObject({ id, archived: false });
    expect(await getCalls()).toBe(1);
  });

  it("finds an archived target by asking again with archived=true, once, then from the cache", async () => {
    const { getGoalTarget } = await import("@/lib/hubspot");
    const id = await targetId(true);
    const record = await getGoalTarget(ctx, id, PROPERTIES);
    expect(record).toMatchObject({ id, archived: true });
    expect(record.properties.hs_goal_name).toBeTruthy();
    expect(await getCalls()).toBe(2);
    await getGoalTarget(ctx, id, PROPERTIES);
    expect(await getCalls()).toBe(2);
  });

  it("answers an id HubSpot does not know, live or archived, with NOT_FOUND (404), not an internal error", async () => {
    const { getGoalTarget } = await import("@/lib/hubspot");
    const failure = await getGoalTarget(ctx, "999999999", PROPERTIES).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "NOT_FOUND", status: 404, message: "There is no goal target with this id in your HubSpot portal." });
    // One live miss; the portal's archived index (one list call) says it is not archived either.
    expect(await getCalls()).toBe(1);
    expect(await listCalls()).toBe(1);
  });

  it("costs one call per unknown id, the archived index shared, and nothing when asked again soon", async () => {
    const { getGoalTarget } = await import("@/lib/hubspot");
    const ids = ["999999991", "999999992", "999999993", "999999994"];
    const failures = await Promise.all(ids.map((id) => getGoalTarget(ctx, id, PROPERTIES).catch((error: unknown) => error)));
    expect(failures.every((f) => f instanceof AppError && f.code === "NOT_FOUND")).toBe(true);
    expect(await getCalls()).toBe(ids.length);
    expect(await listCalls()).toBe(1);
    await Promise.all(ids.map((id) => getGoalTarget(ctx, id, PROPERTIES).catch(() => undefined)));
    expect(await getCalls()).toBe(ids.length);
    expect(await listCalls()).toBe(1);
  });
});
