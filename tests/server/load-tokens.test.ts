import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/contracts/errors";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { LoadTokens } from "@/lib/server/load-tokens";
import { testPortalContext } from "../support/portal-context";
import { useEmulatorEnv } from "../gateway/gateway-env";

const ended = () => new AppError("SESSION_EXPIRED", "ended");

/** A user's token source: `token`, renewed to `renewed` when HubSpot refused it, or ended. */
function user(userKey: string, token: string, options: { renewed?: string; ended?: boolean } = {}) {
  const asked: (string | undefined)[] = [];
  const ctx = testPortalContext({
    userKey,
    accessToken: async (rejected) => {
      asked.push(rejected);
      if (options.ended) throw ended();
      return rejected === token && options.renewed ? options.renewed : token;
    },
  });
  return { ctx, asked, end: () => (options.ended = true) };
}

describe("LoadTokens", () => {
  it("uses the starter's sign-in while it lasts, then the next waiting user's", async () => {
    const [a, b] = [user("a", "token-a"), user("b", "token-b")];
    const tokens = new LoadTokens(a.ctx);
    tokens.add(b.ctx);
    expect(await tokens.accessToken()).toBe("token-a");
    a.end();
    // HubSpot refused A's token: A cannot renew it, so B's is used, asked for without A's refusal.
    expect(await tokens.accessToken("token-a")).toBe("token-b");
    expect(b.asked).toEqual([undefined]);
  });

  it("renews the holder's own token when HubSpot refuses it", async () => {
    const a = user("a", "token-a", { renewed: "token-a2" });
    const tokens = new LoadTokens(a.ctx);
    expect(await tokens.accessToken()).toBe("token-a");
    expect(await tokens.accessToken("token-a")).toBe("token-a2");
  });

  it("keeps one place per user, with their latest request's sign-in", async () => {
    const a = user("a", "token-a");
    const tokens = new LoadTokens(a.ctx);
    tokens.add(user("a", "token-a-again").ctx);
    expect(await tokens.accessToken()).toBe("token-a-again");
  });

  it("fails as an ended sign-in when no waiting user's sign-in is left, and passes other failures on", async () => {
    const [a, b] = [user("a", "token-a", { ended: true }), user("b", "token-b", { ended: true })];
    const tokens = new LoadTokens(a.ctx);
    tokens.add(b.ctx);
    await expect(tokens.accessToken()).rejects.toMatchObject({ code: "SESSION_EXPIRED" });
    const broken = new LoadTokens(testPortalContext({ accessToken: () => Promise.reject(new AppError("UPSTREAM_FAULT", "no answer")) }));
    await expect(broken.accessToken()).rejects.toMatchObject({ code: "UPSTREAM_FAULT" });
  });
});

describe("a session's tokens for work that outlives its request", () => {
  beforeEach(() => {
    useEmulatorEnv("http://127.0.0.1:1", {});
    delete process.env.REDIS_URL;
    resetServerEnvForTests();
    resetProcessSingletonsForTests();
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterEach(() => vi.useRealTimers());

  it("stops handing out a signed-out session's token, even one HubSpot would still accept", async () => {
    const [{ sessionTokens }, { sessionLedger }] = await Promise.all([import("@/lib/auth/token-manager"), import("@/lib/auth/session-ledger")]);
    const grant = { accessToken: "still-valid", refreshToken: "refresh", expiresIn: 1800, expiresAt: Date.now() + 1_800_000 };
    const tokens = sessionTokens("sid-1", grant);
    expect(await tokens()).toBe("still-valid");
    await sessionLedger().revoke("sid-1", 60_000);
    vi.advanceTimersByTime(1_001);
    await expect(tokens()).rejects.toMatchObject({ code: "SESSION_EXPIRED" });
  });
});
