import { describe, expect, it } from "vitest";
import { drawDelay, LATENCY_PRESETS, parseLatencySpec, resolveLatency, routeKind, type LatencyProfile } from "@/emulator/latency";
import { hubspotRoutes } from "@/emulator/routing/routes";
import { startEmulator } from "@/emulator/server";
import { admin, call, emulatorPerFile, GOALS } from "./helpers";

const emulator = emulatorPerFile();

/** Milliseconds until the whole answer has arrived. */
async function timed(run: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const res = await run();
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

// setTimeout may fire up to a millisecond before its delay is over, by rounding.
const atLeast = (ms: number) => ms - 2;

describe("latency profiles", () => {
  it("parses presets and kind=fixed+jitter items, later items winning", () => {
    expect(resolveLatency(parseLatencySpec("hubspot"))).toEqual(LATENCY_PRESETS.hubspot);
    expect(resolveLatency(parseLatencySpec("off"))).toEqual(LATENCY_PRESETS.off);
    const mixed = resolveLatency(parseLatencySpec("hubspot, search=300+20"));
    expect(mixed.search).toEqual({ fixedMs: 300, jitterMs: 20 });
    expect(mixed.read).toEqual(LATENCY_PRESETS.hubspot.read);
    const own = resolveLatency(parseLatencySpec("read=50,write=150+10"));
    expect(own).toEqual({ read: { fixedMs: 50, jitterMs: 0 }, write: { fixedMs: 150, jitterMs: 10 }, search: { fixedMs: 0, jitterMs: 0 }, oauth: { fixedMs: 0, jitterMs: 0 } });
    // A preset after an item replaces it.
    expect(resolveLatency(parseLatencySpec("read=50,off"))).toEqual(LATENCY_PRESETS.off);
  });

  it("refuses anything else with a message naming the item", () => {
    expect(() => parseLatencySpec("fast")).toThrow(/"fast" is neither a preset/);
    expect(() => parseLatencySpec("reads=5")).toThrow(/"reads=5"/);
    expect(() => parseLatencySpec("read=-5")).toThrow(/"read=-5"/);
    expect(() => parseLatencySpec("read=5+x")).toThrow(/"read=5\+x"/);
    expect(() => parseLatencySpec("read=90000")).toThrow(/read\.fixedMs/);
  });

  it("draws a fixed delay plus a jitter within [0, jitter]", () => {
    const profile: LatencyProfile = { ...LATENCY_PRESETS.off, search: { fixedMs: 100, jitterMs: 40 } };
    expect(drawDelay(profile, "search", () => 0)).toBe(100);
    expect(drawDelay(profile, "search", () => 0.5)).toBe(120);
    expect(drawDelay(profile, "search", () => 0.999999)).toBe(140);
    expect(drawDelay(profile, "read", () => 0.7)).toBe(0);
  });

  it("times every HubSpot route as a read, a search, an OAuth call or a write", () => {
    const kinds = Object.fromEntries(hubspotRoutes.filter((r) => r.operation).map((r) => [r.operation, routeKind(r)]));
    expect(kinds).toMatchObject({
      "goal_targets.list": "read",
      "goal_targets.get": "read",
      "goal_targets.batchRead": "read",
      "goal_targets.search": "search",
      "goal_targets.create": "write",
      "goal_targets.update": "write",
      "goal_targets.archive": "write",
      "goal_targets.batchUpdate": "write",
      "goal_targets.batchUpsert": "write",
      "owners.list": "read",
      "account.details": "read",
      "pipelines.stages": "read",
      "oauth.token": "oauth",
      "oauth.introspect": "oauth",
      "oauth.revoke": "oauth",
    });
    // The consent page is part of the OAuth round trip too.
    expect(routeKind(hubspotRoutes.find((r) => r.auth === "none" && !r.operation)!)).toBe("oauth");
  });
});

describe("latency in the emulator", () => {
  it("is off by default", async () => {
    expect((await admin(emulator.current, "/latency")).body).toEqual(LATENCY_PRESETS.off);
  });

  it("delays each kind of call by its own setting, set through the admin API, and leaves admin calls alone", async () => {
    const set = await admin(emulator.current, "/latency", { read: { fixedMs: 120, jitterMs: 0 }, search: { fixedMs: 250, jitterMs: 0 } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ read: { fixedMs: 120 }, search: { fixedMs: 250 }, write: { fixedMs: 0 } });

    const read = await timed(() => call(emulator.current, `${GOALS}?limit=1`));
    expect(read.status).toBe(200);
    expect(read.ms).toBeGreaterThanOrEqual(atLeast(120));
    const search = await timed(() => call(emulator.current, `${GOALS}/search`, { json: { limit: 1 } }));
    expect(search.status).toBe(200);
    expect(search.ms).toBeGreaterThanOrEqual(atLeast(250));
    // An error answer crosses the same network as a good one.
    const missing = await timed(() => call(emulator.current, `${GOALS}/1`));
    expect(missing.status).toBe(404);
    expect(missing.ms).toBeGreaterThanOrEqual(atLeast(120));

    // While a read waits out a long delay, the admin API answers.
    await admin(emulator.current, "/latency", { read: { fixedMs: 1500, jitterMs: 0 } });
    let readDone = false;
    const slow = call(emulator.current, `${GOALS}?limit=1`).then(() => (readDone = true));
    expect((await admin(emulator.current, "/health")).status).toBe(200);
    expect(readDone).toBe(false);
    await slow;
  });

  it("takes a preset, keeps the kinds a change does not name, and goes back to the start-up setting on reset", async () => {
    await admin(emulator.current, "/latency", { preset: "hubspot" });
    const changed = await admin(emulator.current, "/latency", { write: { fixedMs: 10, jitterMs: 5 } });
    expect(changed.body).toEqual({ ...LATENCY_PRESETS.hubspot, write: { fixedMs: 10, jitterMs: 5 } });
    await admin(emulator.current, "/reset", {});
    expect((await admin(emulator.current, "/latency")).body).toEqual(LATENCY_PRESETS.off);
  });

  it("refuses a malformed setting with a 400 and keeps the current one", async () => {
    const bad = await admin<{ error: string }>(emulator.current, "/latency", { read: { fixedMs: -1, jitterMs: 0 }, faster: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/read\.fixedMs/);
    expect((await admin(emulator.current, "/latency", { preset: "slow" })).status).toBe(400);
    expect((await admin(emulator.current, "/latency")).body).toEqual(LATENCY_PRESETS.off);
  });

  it("starts with the latency of its options, which reset returns to", async () => {
    const started = await startEmulator({ quiet: true, latency: { preset: "off", oauth: { fixedMs: 150, jitterMs: 0 } } });
    try {
      const token = await timed(() => call(started, "/oauth/2026-03/token", { token: null, form: { grant_type: "refresh_token", refresh_token: "nope" } }));
      expect(token.status).toBe(400);
      expect(token.ms).toBeGreaterThanOrEqual(atLeast(150));
      await admin(started, "/latency", { preset: "off" });
      await admin(started, "/reset", {});
      expect((await admin(started, "/latency")).body).toMatchObject({ oauth: { fixedMs: 150, jitterMs: 0 } });
    } finally {
      await started.close();
    }
  });
});
