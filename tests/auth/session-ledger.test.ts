import { describe, expect, it } from "vitest";
import { MemorySessionLedger } from "@/lib/auth/session-ledger/memory";
import type { SessionCheck } from "@/lib/auth/session-ledger/types";

const HOUR = 3_600_000;
const at = (now: number, over: Partial<SessionCheck> = {}): SessionCheck => ({ now, seenFallback: 0, idleMs: HOUR, keepMs: 24 * HOUR, ...over });

describe("the session ledger in memory", () => {
  it("keeps an active session going and counts each use as activity", async () => {
    const ledger = new MemorySessionLedger();
    expect(await ledger.check("a", at(HOUR / 2))).toBe("active");
    // 1.5 h after sign-in but only an hour after its last use: still active.
    expect(await ledger.check("a", at(1.5 * HOUR))).toBe("active");
    expect(await ledger.check("a", at(2.5 * HOUR + 1))).toBe("idle");
  });

  it("times a session out by its sign-in time when it has no record (a restarted process)", async () => {
    const ledger = new MemorySessionLedger();
    expect(await ledger.check("b", at(HOUR + 1, { seenFallback: 0 }))).toBe("idle");
    expect(await ledger.check("c", at(HOUR + 1, { seenFallback: 2 }))).toBe("active");
  });

  it("refuses a revoked session from then on, whatever its activity", async () => {
    const ledger = new MemorySessionLedger();
    expect(await ledger.check("d", at(1000))).toBe("active");
    await ledger.revoke("d", HOUR);
    expect(await ledger.check("d", at(Date.now()))).toBe("revoked");
    expect(await ledger.check("e", at(Date.now(), { seenFallback: Date.now() }))).toBe("active");
  });
});
