import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { testPortalContext } from "../support/portal-context";
import { emulatorAdmin, useEmulatorEnv } from "./gateway-env";

/** A portal of a dozen search pages, read at HubSpot's real search limit: the wire is what is tested. */
const TARGETS = 2_300;
const ctx = testPortalContext();
let emulator: RunningEmulator;

interface Counts {
  byPortal: Record<string, { byStatus: Record<string, number>; byRoute: Record<string, number> } | undefined>;
}
const searchCalls = async () => {
  const portal = (await emulatorAdmin<Counts>(emulator.url, "/calls")).byPortal[String(DEMO_PORTAL_ID)];
  return { searches: portal?.byRoute["goal_targets.search"] ?? 0, rateLimited: portal?.byStatus["429"] ?? 0 };
};
const liveIds = async (filter: (r: { properties: Record<string, string | null> }) => boolean = () => true) =>
  (await emulatorAdmin<{ id: string; properties: Record<string, string | null> }[]>(emulator.url, `/portals/${DEMO_PORTAL_ID}/targets?archived=false`))
    .filter(filter)
    .map((r) => r.id);

beforeAll(async () => {
  emulator = await startEmulator({ quiet: true, targets: TARGETS, searchPerSecondLimit: 5 });
  useEmulatorEnv(emulator.url, { HUBSPOT_SEARCH_PER_SECOND: "5", CACHE_TTL_SECONDS: "0", HUBSPOT_USER_SHARE: "1" });
  delete process.env.REDIS_URL;
  // One budget for the whole file, as in a server: a fresh one would not know of the searches the
  // test before sent within HubSpot's last second.
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
});
afterAll(() => emulator.close());
beforeEach(() => emulatorAdmin(emulator.url, "/calls/reset", {}));

describe("reading every goal target from both ends of the id space", () => {
  it("returns every live target once, in id order, in ceil(N / 200) searches and no 429", async () => {
    const { searchAllPages } = await import("@/lib/hubspot");
    const ids = await liveIds();
    const seen: { low: number; high: number; total: number }[] = [];
    const records = await searchAllPages(ctx, [], ["hs_goal_name"], ({ low, high }, total) => seen.push({ low: low.length, high: high.length, total }));
    expect(records.map((r) => r.id)).toEqual(ids);
    expect(await searchCalls()).toEqual({ searches: Math.ceil(ids.length / 200), rateLimited: 0 });
    // Both ends were read, and every answer knew how many records there are.
    expect(seen.at(-1)!.low).toBeGreaterThan(200);
    expect(seen.at(-1)!.high).toBeGreaterThan(200);
    expect(seen.every((page) => page.total === ids.length)).toBe(true);
  }, 30_000);

  it("keeps to the minimum for every size around a page boundary, with other filters", async () => {
    const { searchAllPages } = await import("@/lib/hubspot");
    const all = await liveIds();
    // Sizes 1 page, exactly 2 pages, 2 pages and 1, 3 pages less 1: the last page is partial or full.
    for (const size of [150, 400, 401, 599]) {
      const below = all[size - 1];
      await emulatorAdmin(emulator.url, "/calls/reset", {});
      const records = await searchAllPages(ctx, [{ propertyName: "hs_object_id", operator: "LTE", value: below }], ["hs_goal_name"]);
      expect(records.map((r) => r.id)).toEqual(all.slice(0, size));
      expect(await searchCalls()).toEqual({ searches: Math.ceil(size / 200), rateLimited: 0 });
    }
  }, 30_000);
});
