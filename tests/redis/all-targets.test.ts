import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { emulatorAdmin, useEmulatorEnv } from "../gateway/gateway-env";
import { testPortalContext } from "../support/portal-context";
import { withRedisServer } from "./support";

const redis = withRedisServer();
/** A dozen search pages at HubSpot's real search limit, paced by the budget shared through Redis. */
const TARGETS = 2_300;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, targets: TARGETS, searchPerSecondLimit: 5 });
  useEmulatorEnv(emulator.url, { HUBSPOT_SEARCH_PER_SECOND: "5", CACHE_TTL_SECONDS: "0", HUBSPOT_USER_SHARE: "1", REDIS_URL: redis.server.url });
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
});
afterAll(async () => {
  delete process.env.REDIS_URL;
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
  await emulator.close();
});

it("reads a whole portal through the shared budget: every target once, the minimum of searches, no 429", async () => {
  const { searchAllPages } = await import("@/lib/hubspot");
  const ids = (await emulatorAdmin<{ id: string }[]>(emulator.url, `/portals/${DEMO_PORTAL_ID}/targets?archived=false`)).map((r) => r.id);
  const records = await searchAllPages(testPortalContext(), [], ["hs_goal_name"]);
  expect(records.map((r) => r.id)).toEqual(ids);
  const portal = (await emulatorAdmin<{ byPortal: Record<string, { byStatus: Record<string, number>; byRoute: Record<string, number> }> }>(emulator.url, "/calls")).byPortal[String(DEMO_PORTAL_ID)];
  expect(portal.byRoute["goal_targets.search"]).toBe(Math.ceil(ids.length / 200));
  expect(portal.byStatus["429"] ?? 0).toBe(0);
  // The searches were counted in Redis, where every instance sees them.
  expect(await redis.admin.keys(`goalboard:p${DEMO_PORTAL_ID}:budget:search:*:slots`)).toHaveLength(1);
}, 30_000);
