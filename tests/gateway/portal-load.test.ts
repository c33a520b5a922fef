import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { testPortalContext } from "../support/portal-context";
import { emulatorAdmin, useEmulatorEnv } from "./gateway-env";

/**
 * A portal whose targets take seconds to read at the search limit, with the cache's own freshness
 * at 1 s: the names and the account, read at the start of the load, are past it when it ends.
 */
const TARGETS = 2_300;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, targets: TARGETS, searchPerSecondLimit: 5 });
  useEmulatorEnv(emulator.url, { HUBSPOT_SEARCH_PER_SECOND: "5", CACHE_TTL_SECONDS: "1", CACHE_STALE_SECONDS: "300", HUBSPOT_USER_SHARE: "1" });
  delete process.env.REDIS_URL;
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
});
afterAll(async () => {
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
  await emulator.close();
});

const callsByRoute = async () =>
  (await emulatorAdmin<{ byPortal: Record<string, { byRoute: Record<string, number> } | undefined> }>(emulator.url, "/calls")).byPortal[String(DEMO_PORTAL_ID)]?.byRoute ?? {};

it("loads a portal again right after a slow cold load without a single call: the names and account stay fresh with the targets", async () => {
  const { loadPortalTargets } = await import("@/lib/hubspot");
  const ctx = testPortalContext();
  await emulatorAdmin(emulator.url, "/calls/reset", {});
  const [cold, coldNames, coldAccount] = await loadPortalTargets(ctx, false, ["hs_goal_name"]);
  const coldCalls = await callsByRoute();
  // The look-ups were read (owners, users, teams, account), and the targets took longer than the
  // cache's own freshness, so the look-ups are past it now.
  for (const route of ["owners.list", "users.list", "teams.list", "account.details"]) expect(coldCalls[route], route).toBe(1);
  expect(cold.loadMs).toBeGreaterThan(1_000);

  await emulatorAdmin(emulator.url, "/calls/reset", {});
  const [warm, warmNames, warmAccount] = await loadPortalTargets(ctx, false, ["hs_goal_name"]);
  await new Promise((r) => setTimeout(r, 200)); // a background refresh of a stale answer would show by now
  expect(await callsByRoute()).toEqual({});
  expect(warm.records).toHaveLength(cold.records.length);
  expect(warmNames).toEqual(coldNames);
  expect(warmAccount).toEqual(coldAccount);
}, 30_000);
