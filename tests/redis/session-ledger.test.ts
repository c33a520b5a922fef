import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemorySessionLedger } from "@/lib/auth/session-ledger/memory";
import type { SessionCheck } from "@/lib/auth/session-ledger/types";
import { RedisSessionLedger } from "@/lib/auth/session-ledger/redis";
import { captureLog, connected, until, withRedisServer } from "./support";

const redis = withRedisServer();
const HOUR = 3_600_000;
const at = (over: Partial<SessionCheck> = {}): SessionCheck => ({ now: Date.now(), seenFallback: Date.now(), idleMs: HOUR, keepMs: 2 * HOUR, ...over });

function instance() {
  const link = redis.instance();
  return { link, ledger: new RedisSessionLedger(link, new MemorySessionLedger()) };
}

let logs: ReturnType<typeof captureLog>;
beforeEach(async () => {
  logs = captureLog();
  await redis.admin.flushall();
});
afterEach(() => logs.restore());

describe("the session ledger shared through Redis", () => {
  it("refuses on every instance a session signed out on one, under a key that expires with the session", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    expect(await b.ledger.check("sid-1", at())).toBe("active");
    await a.ledger.revoke("sid-1", 90 * 60_000);
    expect(await b.ledger.check("sid-1", at())).toBe("revoked");
    const keys = await redis.keysWithTtl();
    expect([...keys.keys()]).toEqual(["goalboard:session:sid-1"]);
    expect(keys.get("goalboard:session:sid-1")).toBeGreaterThan(89 * 60_000);
  });

  it("counts a use on any instance as activity for the idle timeout", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    const signIn = Date.now() - 50 * 60_000;
    expect(await a.ledger.check("sid-2", at({ seenFallback: signIn }))).toBe("active");
    // Instance b never saw the session; by the sign-in time alone it would be idle 70 minutes on.
    expect(await b.ledger.check("sid-2", at({ now: Date.now() + 20 * 60_000, seenFallback: signIn }))).toBe("active");
    expect(await b.ledger.check("sid-3", at({ now: Date.now() + 20 * 60_000, seenFallback: signIn }))).toBe("idle");
  });

  it("while Redis is away, answers from memory, and shares a sign-out made meanwhile once it is back", async () => {
    const [a, b] = [instance(), instance()];
    await connected(a.link, b.link);
    await redis.server.stop();
    await until(() => !a.link.breaker.up);
    await a.ledger.revoke("sid-4", HOUR);
    expect(await a.ledger.check("sid-4", at())).toBe("revoked");
    expect(await b.ledger.check("sid-4", at())).toBe("active");
    await redis.server.start();
    await connected(a.link, b.link);
    await until(async () => (await redis.admin.get("goalboard:session:sid-4").catch(() => null)) === "revoked");
    expect(await b.ledger.check("sid-4", at())).toBe("revoked");
  });
});
