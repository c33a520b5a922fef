import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryGrantStore } from "@/lib/auth/grant-store/memory";
import type { HubSpotGrant } from "@/lib/auth/grant";
import { grantKey } from "@/lib/auth/token-manager";
import { RedisGrantStore } from "@/lib/auth/grant-store/redis";
import { captureLog, until, withRedisServer } from "./support";

const redis = withRedisServer();
const SECRET = "a-shared-nextauth-secret-of-some-length";

function store(secret = SECRET) {
  const link = redis.instance();
  return { link, grants: new RedisGrantStore(link, new MemoryGrantStore(), secret) };
}

function grant(n: number, lifetimeMs = 30 * 60_000): HubSpotGrant {
  return {
    accessToken: `access-token-${n}-CiQ4ZjE2YjVhZC1lNTNm`,
    refreshToken: `na1-refresh-${n}-0b7e5c1d`,
    expiresAt: Date.now() + lifetimeMs,
    expiresIn: lifetimeMs / 1000,
  };
}

let logs: ReturnType<typeof captureLog>;
beforeEach(async () => {
  logs = captureLog();
  await redis.admin.flushall();
});
afterEach(() => logs.restore());

describe("renewed grants shared through Redis", () => {
  it("lets another instance use a grant one instance renewed", async () => {
    const [a, b] = [store(), store()];
    const renewed = grant(1);
    await a.grants.set(grantKey(renewed.refreshToken), renewed);
    expect(await b.grants.get(grantKey(renewed.refreshToken))).toEqual(renewed);
    expect(await b.grants.get(grantKey("another refresh token"))).toBeUndefined();
  });

  it("stores no token in clear, under a hashed and namespaced key that expires with the access token", async () => {
    const a = store();
    const renewed = grant(2, 20 * 60_000);
    await a.grants.set(grantKey(renewed.refreshToken), renewed);
    const keys = await redis.keysWithTtl();
    expect([...keys.keys()]).toEqual([`goalboard:grant:${grantKey(renewed.refreshToken)}`]);
    const [[key, ttl]] = [...keys];
    expect(ttl).toBeGreaterThan(19 * 60_000);
    expect(ttl).toBeLessThanOrEqual(20 * 60_000);
    const raw = (await redis.admin.getBuffer(key))!;
    for (const secret of [renewed.accessToken, renewed.refreshToken, "access-token", "na1-refresh"]) {
      expect(raw.includes(secret)).toBe(false);
      expect(raw.toString("latin1")).not.toContain(secret);
    }
  });

  it("ignores grants sealed with another secret, or moved to another key", async () => {
    const renewed = grant(3);
    const key = grantKey(renewed.refreshToken);
    await store("some-other-secret-of-some-length").grants.set(key, renewed);
    expect(await store().grants.get(key)).toBeUndefined();
    expect(logs.warnings().some((w) => w.includes("could not be decrypted"))).toBe(true);

    await store().grants.set(key, renewed);
    const sealed = (await redis.admin.getBuffer(`goalboard:grant:${key}`))!;
    await redis.admin.set(`goalboard:grant:${grantKey("victim")}`, sealed, "PX", 60_000);
    expect(await store().grants.get(grantKey("victim"))).toBeUndefined();
  });

  it("prefers the grant that lives longest when memory and Redis disagree", async () => {
    const [a, b] = [store(), store()];
    const older = grant(4, 10 * 60_000);
    const newer = { ...grant(5, 30 * 60_000), refreshToken: older.refreshToken };
    const key = grantKey(older.refreshToken);
    await a.grants.set(key, older);
    await b.grants.set(key, newer);
    expect(await a.grants.get(key)).toEqual(newer);
  });

  it("renews once when two instances find the same token expired at the same moment", async () => {
    const [a, b] = [store(), store()];
    const expired = grant(9, 1_000);
    const key = grantKey(expired.refreshToken);
    let renewals = 0;
    const renew = async () => {
      renewals += 1;
      await new Promise((r) => setTimeout(r, 100));
      return { ...grant(10), refreshToken: expired.refreshToken };
    };
    const [fromA, fromB] = await Promise.all([a.grants.renewOnce(key, expired, renew), b.grants.renewOnce(key, expired, renew)]);
    expect(renewals).toBe(1);
    expect(fromB).toEqual(fromA);
    expect(await redis.admin.keys("goalboard:grant-renewal:*")).toEqual([]);
  });

  it("renews without waiting for a lock while Redis is down", async () => {
    const a = store();
    await redis.server.stop();
    try {
      await until(() => !a.link.breaker.up);
      const expired = grant(11, 1_000);
      const renewed = { ...grant(12), refreshToken: expired.refreshToken };
      expect(await a.grants.renewOnce(grantKey(expired.refreshToken), expired, async () => renewed)).toEqual(renewed);
      expect(await a.grants.get(grantKey(expired.refreshToken))).toEqual(renewed);
    } finally {
      await redis.server.start();
    }
  });

  it("keeps working from memory while Redis is down, and shares again once it is back", async () => {
    const [a, b] = [store(), store()];
    const before = grant(6);
    await a.grants.set(grantKey(before.refreshToken), before);

    await redis.server.stop();
    await until(() => !a.link.breaker.up);
    const during = grant(7);
    await a.grants.set(grantKey(during.refreshToken), during);
    expect(await a.grants.get(grantKey(during.refreshToken))).toEqual(during);
    expect(await a.grants.get(grantKey(before.refreshToken))).toEqual(before);
    expect(logs.warnings().some((w) => w.startsWith("Redis unavailable"))).toBe(true);

    await redis.server.start();
    await until(() => a.link.breaker.up && b.link.breaker.up);
    const after = grant(8);
    await a.grants.set(grantKey(after.refreshToken), after);
    expect(await b.grants.get(grantKey(after.refreshToken))).toEqual(after);
  }, 30_000);
});
