import { beforeEach, describe, expect, it } from "vitest";
import { resetServerEnvForTests } from "@/lib/env";
import { sessionState } from "@/lib/auth/session";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";

const MINUTE = 60_000;

beforeEach(() => {
  Object.assign(process.env, {
    HUBSPOT_CLIENT_ID: "test",
    HUBSPOT_CLIENT_SECRET: "test",
    NEXTAUTH_URL: "http://127.0.0.1:1",
    NEXTAUTH_SECRET: "a-test-secret-of-some-length",
    SESSION_IDLE_SECONDS: String(30 * 60),
    SESSION_LIFETIME_SECONDS: String(12 * 60 * 60),
    LOG_LEVEL: "silent",
  });
  delete process.env.REDIS_URL;
  resetServerEnvForTests();
  resetProcessSingletonsForTests();
});

describe("whether a session cookie may still be used", () => {
  it("ends a session at its absolute lifetime after sign-in, however busy", async () => {
    const authTime = Date.now();
    const token = { sid: "s1", authTime };
    // Used every 20 minutes, so never idle.
    for (let t = 0; t < 12 * 60; t += 20) expect(await sessionState(token, authTime + t * MINUTE)).toBe("active");
    expect(await sessionState(token, authTime + 12 * 60 * MINUTE)).toBe("expired");
  });

  it("ends a session left unused for the idle timeout", async () => {
    const authTime = Date.now();
    const token = { sid: "s2", authTime };
    expect(await sessionState(token, authTime + 29 * MINUTE)).toBe("active");
    expect(await sessionState(token, authTime + 58 * MINUTE)).toBe("active");
    expect(await sessionState(token, authTime + 89 * MINUTE)).toBe("idle");
  });

  it("refuses a cookie without a session id (signed in before sessions had one)", async () => {
    expect(await sessionState({ authTime: Date.now() })).toBe("expired");
  });
});
