import { beforeEach, describe, expect, it } from "vitest";
import { PortalCache } from "@/lib/hubspot/cache/memory";
import { RedisPortalCache } from "@/lib/hubspot/cache/redis";
import { withRedisServer } from "./support";

const redis = withRedisServer();

function instance() {
  const link = redis.instance();
  return new RedisPortalCache(link, new PortalCache(10_000, 0), 10_000, 0);
}

beforeEach(async () => {
  await redis.admin.flushall();
});

describe("forgetting a portal's answers after Goalboard wrote to it", () => {
  it("drops that portal's answers for every instance, and only that portal's", async () => {
    const [a, b] = [instance(), instance()];
    let version = 1;
    const load = async () => ({ version });
    await a.get(4000001, "goal_targets.family", { uuid: "x" }, load);
    await a.get(4000002, "goal_targets.family", { uuid: "y" }, load);
    version = 2;
    expect(await b.get(4000001, "goal_targets.family", { uuid: "x" }, load)).toEqual({ version: 1 });
    await a.forgetPortal(4000001);
    expect(await b.get(4000001, "goal_targets.family", { uuid: "x" }, load)).toEqual({ version: 2 });
    expect(await b.get(4000002, "goal_targets.family", { uuid: "y" }, load)).toEqual({ version: 1 });
    expect((await redis.admin.keys("goalboard:p4000001:cache:*")).length).toBe(1);
  });
});
