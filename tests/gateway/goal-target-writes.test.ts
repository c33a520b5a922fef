import { describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import type { PortalContext } from "@/lib/hubspot/context";
import { gatewayAgainstEmulator } from "../support/gateway-emulator";
import { testPortalContext } from "../support/portal-context";

/** The gateway's write operations against the emulator's records. */

const { admin } = gatewayAgainstEmulator();
const WRITE = "crm.objects.goals.write";
const ctx = (scopes: string[] = ["crm.objects.goals.read", WRITE]): PortalContext => testPortalContext({ scopes });

interface Raw {
  id: string;
  properties: Record<string, string | null>;
}

const records = () => admin<Raw[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=false`);
const calls = async (route: string) =>
  (await admin<{ byPortal: Record<string, { byRoute: Record<string, number> } | undefined> }>("/calls")).byPortal[String(DEMO_PORTAL_ID)]?.byRoute[route] ?? 0;

describe("updateGoalTargets", () => {
  it("writes 250 targets in three batch/update calls and reports each applied", async () => {
    const { updateGoalTargets } = await import("@/lib/hubspot/operations/goal-target-writes");
    const targets = (await records()).slice(0, 250);
    const outcomes = await updateGoalTargets(ctx(), targets.map((t, i) => ({ id: t.id, properties: { hs_target_amount: String(1000 + i) } })), "apply-1");
    expect(outcomes.every((o) => o.status === "applied")).toBe(true);
    expect(await calls("goal_targets.batchUpdate")).toBe(3);
    const after = new Map((await records()).map((t) => [t.id, t.properties.hs_target_amount]));
    targets.forEach((t, i) => expect(after.get(t.id)).toBe(String(1000 + i)));
  });

  it("keeps the rest applied when HubSpot refuses some (207), saying why for each", async () => {
    const { updateGoalTargets } = await import("@/lib/hubspot/operations/goal-target-writes");
    const targets = (await records()).slice(0, 3);
    await admin("/write-rules", { kind: "validation", portalId: DEMO_PORTAL_ID, property: "hs_target_amount", targetIds: [targets[1].id], message: "Needs approval." });
    const outcomes = await updateGoalTargets(ctx(), targets.map((t) => ({ id: t.id, properties: { hs_target_amount: "5" } })), "apply-2");
    expect(outcomes.map((o) => o.status)).toEqual(["applied", "failed", "applied"]);
    expect(outcomes[1]).toMatchObject({ message: "Needs approval.", category: "VALIDATION_ERROR" });
    expect((await records()).find((t) => t.id === targets[1].id)!.properties.hs_target_amount).toBe(targets[1].properties.hs_target_amount);
  });

  it("marks a batch unknown after HubSpot keeps failing, and refuses without the write scope before any call", async () => {
    const { updateGoalTargets } = await import("@/lib/hubspot/operations/goal-target-writes");
    const [target] = await records();
    await admin("/faults", { route: "goal_targets.batchUpdate", status: 503, times: null });
    const outcomes = await updateGoalTargets(ctx(), [{ id: target.id, properties: { hs_target_amount: "5" } }], "apply-3");
    expect(outcomes[0].status).toBe("unknown");
    await admin("/faults", undefined, "DELETE");
    await admin("/calls/reset", {});
    await expect(updateGoalTargets(ctx(["crm.objects.goals.read"]), [{ id: target.id, properties: { hs_target_amount: "5" } }], "apply-4")).rejects.toMatchObject({ code: "MISSING_SCOPE" });
    expect(await calls("goal_targets.batchUpdate")).toBe(0);
  });

  it("forgets the portal's cached answers after a write, so the next read shows it", async () => {
    const { getGoalTarget } = await import("@/lib/hubspot");
    const { updateGoalTargets } = await import("@/lib/hubspot/operations/goal-target-writes");
    const [target] = await records();
    expect((await getGoalTarget(ctx(), target.id, ["hs_target_amount"])).properties.hs_target_amount).toBe(target.properties.hs_target_amount);
    await updateGoalTargets(ctx(), [{ id: target.id, properties: { hs_target_amount: "4321" } }], "apply-5");
    expect((await getGoalTarget(ctx(), target.id, ["hs_target_amount"])).properties.hs_target_amount).toBe("4321");
  });
});

describe("readTargetsNow", () => {
  it("reads past the cache with history, and names the ids this portal does not have", async () => {
    const { readTargetsNow } = await import("@/lib/hubspot/operations/goal-target-writes");
    const [target] = await records();
    const read = await readTargetsNow(ctx(), [target.id, "1"], ["hs_target_amount"], ["hs_target_amount"]);
    expect(read.missing).toEqual(["1"]);
    expect(read.records[0].propertiesWithHistory?.hs_target_amount[0].value).toBe(target.properties.hs_target_amount);
    await readTargetsNow(ctx(), [target.id], ["hs_target_amount"]);
    expect(await calls("goal_targets.batchRead")).toBe(2);
  });
});
