import { describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { AppError } from "@/lib/contracts/errors";
import type { PortalContext } from "@/lib/hubspot/context";
import { gatewayAgainstEmulator } from "../support/gateway-emulator";

/** Reading one goal target through the gateway, with the cache set as the demo and deployments set it. */

const emulator = gatewayAgainstEmulator();
const ctx: PortalContext = { portalId: DEMO_PORTAL_ID, scopes: [], requestId: "test", userKey: "test-user", deadline: Number.POSITIVE_INFINITY, accessToken: async () => DEMO_PRIVATE_APP_TOKEN };
const PROPERTIES = ["hs_goal_name", "hs_target_amount"];

const admin = emulator.admin;
const getCalls = () => emulator.calls("goal_targets.get");
const listCalls = () => emulator.calls("goal_targets.list");

async function targetId(archived: boolean): Promise<string> {
  return (await admin<{ id: string }[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=${archived}`))[0].id;
}

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
