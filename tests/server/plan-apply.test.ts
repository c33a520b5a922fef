import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import type { ServerSession } from "@/lib/auth/session";
import type { PortalContext } from "@/lib/hubspot/context";
import { log } from "@/lib/log";
import { gatewayAgainstEmulator } from "../support/gateway-emulator";
import { testPortalContext } from "../support/portal-context";

/** Applying a plan against the emulator: what is written, what is refused, and the write log. */

const { admin } = gatewayAgainstEmulator();
const ctx: PortalContext = testPortalContext({ scopes: ["crm.objects.goals.read", "crm.objects.goals.write"], requestId: "req-1" });
const session = { portalId: DEMO_PORTAL_ID, hubUserId: 60000001, email: "grace@example.com", scopes: ctx.scopes } as unknown as ServerSession;

interface Raw {
  id: string;
  properties: Record<string, string | null>;
}

async function family(): Promise<{ uuid: string; targets: Raw[] }> {
  const all = await admin<Raw[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=false`);
  const targets = all.filter((t) => /^\d{4} Annual Revenue Quota$/.test(t.properties.hs_goal_name ?? ""));
  return { uuid: targets[0].properties.hs_group_correlation_uuid!, targets };
}

const change = (t: Raw, amount: string) => ({ targetId: t.id, amount, version: t.properties.hs_lastmodifieddate!, base: t.properties.hs_target_amount! });

beforeEach(() => {
  vi.restoreAllMocks();
});

describe("applyPlan", () => {
  it("writes the changes, skips the unchanged, and logs who wrote what where", async () => {
    const { applyPlan } = await import("@/lib/server/plan/apply");
    const { uuid, targets } = await family();
    const info = vi.spyOn(log, "info");
    const answer = await applyPlan(ctx, session, { goalId: uuid, applyId: "6b0d1f3e-6c1a-4b8e-9a55-0f1e2d3c4b5a", notify: true, changes: [change(targets[0], "1234.5"), change(targets[1], targets[1].properties.hs_target_amount!)] });
    expect(answer.results.map((r) => [r.targetId, r.status, r.amount])).toEqual([
      [targets[0].id, "applied", "1234.5"],
      [targets[1].id, "unchanged", String(Number(targets[1].properties.hs_target_amount))],
    ]);
    const entry = info.mock.calls.find(([fields]) => (fields as { event?: string }).event === "goal_targets.write")?.[0];
    expect(entry).toMatchObject({
      portalId: DEMO_PORTAL_ID,
      user: "grace@example.com",
      hubUserId: 60000001,
      goalId: uuid,
      applyId: "6b0d1f3e-6c1a-4b8e-9a55-0f1e2d3c4b5a",
      requestId: "req-1",
      notify: true,
      targets: [{ id: targets[0].id, from: String(Number(targets[0].properties.hs_target_amount)), to: "1234.5", status: "applied" }],
    });
    const after = await admin<Raw[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=false`);
    expect(after.find((t) => t.id === targets[0].id)!.properties).toMatchObject({ hs_target_amount: "1234.5", hs_should_notify_on_edit_updates: "true" });
  });

  it("writes nothing for a stale version (409), a target of another goal (400) or a broken rule (400)", async () => {
    const { applyPlan } = await import("@/lib/server/plan/apply");
    const { uuid, targets } = await family();
    const other = (await admin<Raw[]>(`/portals/${DEMO_PORTAL_ID}/targets?archived=false`)).find((t) => t.properties.hs_group_correlation_uuid !== uuid)!;
    const run = (changes: ReturnType<typeof change>[]) => applyPlan(ctx, session, { goalId: uuid, applyId: "6b0d1f3e-6c1a-4b8e-9a55-0f1e2d3c4b5b", notify: false, changes });
    await expect(run([change(targets[0], "1"), { ...change(targets[1], "2"), version: "2020-01-01T00:00:00.000Z", base: "3" }])).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
    await expect(run([change(targets[0], "1"), change(other, "2")])).rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringContaining(`Target ${other.id} is not part of this goal`) });
    await expect(run([change(targets[0], "1"), change(targets[1], "-2")])).rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringMatching(/^Nothing was written: .*-2 is negative/) });
    const calls = await admin<{ byPortal: Record<string, { byRoute: Record<string, number> }> }>("/calls");
    expect(calls.byPortal[String(DEMO_PORTAL_ID)].byRoute["goal_targets.batchUpdate"] ?? 0).toBe(0);
  });
});
