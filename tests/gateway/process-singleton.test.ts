import { afterAll, describe, expect, it, vi } from "vitest";

Object.assign(process.env, {
  HUBSPOT_CLIENT_ID: "test",
  HUBSPOT_CLIENT_SECRET: "test",
  NEXTAUTH_URL: "http://127.0.0.1:1",
  NEXTAUTH_SECRET: "a-test-secret-of-some-length",
  LOG_LEVEL: "silent",
});

/** A second copy of the module graph, as Next gives pages and route handlers. */
async function anotherBundle() {
  vi.resetModules();
  const [cache, budget, grants] = await Promise.all([
    import("@/lib/hubspot/cache"),
    import("@/lib/hubspot/budget"),
    import("@/lib/auth/grant-store"),
  ]);
  return { cache: cache.portalCache(), budget: budget.portalBudget(), grants: grants.grantStore() };
}

afterAll(async () => (await import("@/lib/process-singleton")).resetProcessSingletonsForTests());

describe("gateway state is one per process", () => {
  it("gives server-rendered pages and API routes the same cache, budget and grant store", async () => {
    const pages = await anotherBundle();
    const routes = await anotherBundle();
    expect(routes.cache).toBe(pages.cache);
    expect(routes.budget).toBe(pages.budget);
    expect(routes.grants).toBe(pages.grants);
  });
});
