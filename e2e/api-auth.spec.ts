import { expect, test } from "@playwright/test";
import { E2E } from "./ports";
import { callsFor, emulator } from "./support/emulator";
import { startInstance } from "./support/instance";

/** Every named operation of Goalboard's API. */
const ROUTES: { method: "GET" | "POST"; path: string }[] = [
  { method: "GET", path: "/api/goals" },
  { method: "GET", path: "/api/goals?archived=true" },
  { method: "GET", path: "/api/goals/9d1d7130-06db-4a2b-a753-3acbd2d6547d" },
  { method: "GET", path: "/api/goal-targets" },
  { method: "GET", path: "/api/goal-targets/3163193876" },
  { method: "POST", path: "/api/goal-targets/search" },
  { method: "POST", path: "/api/goal-targets/batch-read" },
  { method: "GET", path: "/api/directory" },
  { method: "GET", path: "/api/account" },
  { method: "GET", path: "/api/goals/9d1d7130-06db-4a2b-a753-3acbd2d6547d/plan" },
  { method: "POST", path: "/api/goals/9d1d7130-06db-4a2b-a753-3acbd2d6547d/plan/dry-run" },
  { method: "POST", path: "/api/goals/9d1d7130-06db-4a2b-a753-3acbd2d6547d/plan/apply" },
  { method: "GET", path: "/api/goal-targets/3163193876/history" },
];

test("every API route answers 401 without a session, and calls nobody", async ({ request }) => {
  await emulator.resetCalls();
  for (const route of ROUTES) {
    const res = route.method === "GET" ? await request.get(route.path) : await request.post(route.path, { data: { ids: ["1"] }, headers: { origin: E2E.appUrl } });
    expect(res.status(), `${route.method} ${route.path}`).toBe(401);
    expect(res.headers()["cache-control"]).toBe("private, no-store");
    const body = await res.json();
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(body.error.message).toContain("Sign in");
  }
  expect((await emulator.calls()).total).toBe(0);
});

test("a forged session cookie is not a session", async ({ request }) => {
  const res = await request.get("/api/goals", { headers: { cookie: "next-auth.session-token=forged.value.here" } });
  expect(res.status()).toBe(401);
  expect(await callsFor(4000001)).toBe(0);
});

test("pages send signed-out visitors to sign-in; security headers are on every response", async ({ request }) => {
  const page = await request.get("/goals?q=x", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toContain("/signin?callbackUrl=%2Fgoals%3Fq%3Dx");
  for (const res of [page, await request.get("/signin"), await request.get("/api/goals"), await request.get("/favicon.svg")]) {
    const headers = res.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const csp = headers["content-security-policy"];
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "connect-src 'self'"]) expect(csp).toContain(directive);
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
    // Served over http here: no HSTS, which would lock browsers out of a plain-http deployment.
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
  // Behind a TLS-terminating proxy that says the request came over https: HSTS.
  const overHttps = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  const signin = await request.get("/signin");
  expect(signin.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
});

test("TRACE and methods Next.js cannot route answer a JSON 405 on any URL, signed in or not, and log no stack", async ({ request, page }) => {
  test.setTimeout(90_000);
  const instance = await startInstance(E2E.emulatorUrl, { LOG_LEVEL: "info" });
  try {
    await page.goto(`${instance.url}/help`);
    await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
    await page.getByLabel(/\(grace\.holloway@northwind-traders\.example\)/).check();
    await page.getByRole("button", { name: "Grant access" }).click();
    await page.waitForURL(`${instance.url}/help`);
    for (const client of [request, page.request]) {
      for (const [method, path, allow] of [
        ["TRACE", "/api/goals", "GET, HEAD, OPTIONS"],
        ["TRACE", "/goals", "GET, HEAD"],
        ["TRACE", "/", "GET, HEAD"],
        ["TRACE", "/signin", "GET, HEAD"],
        ["PROPFIND", "/api/goal-targets/search", "OPTIONS, POST"],
        ["MKCOL", "/targets/1", "GET, HEAD"],
      ] as const) {
        const res = await client.fetch(`${instance.url}${path}`, { method });
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
      }
    }
    expect(instance.output()).toContain("request refused before routing");
    expect(instance.output()).not.toMatch(/TypeError|\n\s+at |"level":50/);
  } finally {
    await instance.stop();
  }
});
