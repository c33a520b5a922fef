import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import { testPortalContext } from "../support/portal-context";
import { useEmulatorEnv } from "./gateway-env";

let emulator: RunningEmulator;
const LIMIT = 60;

// One user takes the whole budget here (HUBSPOT_USER_SHARE=1): the portal's budget is what is tested.
const ctx = testPortalContext();

async function calls() {
  const res = await fetch(`${emulator.url}/__emulator/calls`);
  return (await res.json()) as { byPortal: Record<string, { byStatus: Record<string, number>; byRoute: Record<string, number> }> };
}

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, tenSecondlyLimit: LIMIT, searchPerSecondLimit: 5 });
  useEmulatorEnv(emulator.url, { HUBSPOT_TEN_SECONDLY_LIMIT: String(LIMIT), HUBSPOT_SEARCH_PER_SECOND: "5", CACHE_TTL_SECONDS: "0", HUBSPOT_USER_SHARE: "1" });
});
afterAll(() => emulator.close());

describe("the per-portal budget against a rate-limited HubSpot", () => {
  it("queues a burst larger than the 10-second limit instead of failing, and HubSpot never answers 429", async () => {
    const { listGoalTargetsPage } = await import("@/lib/hubspot");
    const burst = LIMIT + 15;
    const pages = await Promise.all(
      Array.from({ length: burst }, (_, i) => listGoalTargetsPage(ctx, { limit: 1 + i, after: undefined, properties: ["hs_goal_name"], archived: false })),
    );
    expect(pages).toHaveLength(burst);
    const portal = (await calls()).byPortal[String(DEMO_PORTAL_ID)];
    expect(portal.byRoute["goal_targets.list"]).toBe(burst);
    expect(portal.byStatus["429"] ?? 0).toBe(0);
  }, 30_000);

  it("paces searches under HubSpot's per-second search limit", async () => {
    const { searchGoalTargets } = await import("@/lib/hubspot");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        searchGoalTargets(ctx, { filterGroups: [], properties: ["hs_goal_name"], limit: 1 + i }),
      ),
    );
    expect(results.every((r) => r.total > 0)).toBe(true);
    const portal = (await calls()).byPortal[String(DEMO_PORTAL_ID)];
    expect(portal.byStatus["429"] ?? 0).toBe(0);
  }, 30_000);
});
