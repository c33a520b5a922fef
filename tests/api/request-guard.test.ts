import { describe, expect, it } from "vitest";
import { guardRequest, MAX_API_BODY_BYTES } from "@/lib/api/request-guard";
import { PLAN_BODY_MAX_BYTES } from "@/lib/api/route-table";

const APP = "https://goalboard.example";

function check(method: string, pathname: string, headers: Record<string, string> = {}) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return guardRequest({ method, pathname, appOrigin: APP, headers: { get: (name) => lower[name] ?? null } });
}

const fromPage = { origin: APP, "sec-fetch-site": "same-origin", "content-type": "application/json", "content-length": "2" };

describe("the request guard", () => {
  it("lets reads through, and writes from Goalboard's own pages with a JSON body", () => {
    expect(check("GET", "/api/goals")).toEqual({ ok: true });
    expect(check("HEAD", "/api/goals")).toEqual({ ok: true });
    expect(check("OPTIONS", "/api/goal-targets/search")).toEqual({ ok: true });
    expect(check("GET", "/goals/123")).toEqual({ ok: true });
    expect(check("POST", "/api/goal-targets/search", fromPage)).toEqual({ ok: true });
    expect(check("POST", "/api/goal-targets/search", { ...fromPage, "content-type": "application/json; charset=utf-8" })).toEqual({ ok: true });
    // next-auth's own form posts (sign-in, sign-out), same-origin.
    expect(check("POST", "/api/auth/signout", { origin: APP, "content-type": "application/x-www-form-urlencoded" })).toEqual({ ok: true });
  });

  it("refuses an API path whose percent-encoding does not decode with a 400 (Next.js would answer 500)", () => {
    const verdict = check("GET", "/api/goal-targets/%E0%A4%A");
    expect(verdict.ok ? 200 : verdict.error.status).toBe(400);
  });

  it("answers an unknown API path with a 404, whatever the method", () => {
    for (const method of ["GET", "POST", "TRACE"]) {
      const verdict = check(method, "/api/nothing/here");
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect([verdict.error.status, verdict.error.code]).toEqual([404, "NOT_FOUND"]);
    }
  });

  it("answers a method a route does not serve with a 405 and Allow", () => {
    const cases: [string, string, string][] = [
      ["POST", "/api/goals", "GET, HEAD, OPTIONS"],
      ["DELETE", "/api/goal-targets/123", "GET, HEAD, OPTIONS"],
      ["TRACE", "/api/account", "GET, HEAD, OPTIONS"],
      ["GET", "/api/goal-targets/search", "OPTIONS, POST"],
      ["HEAD", "/api/goal-targets/batch-read", "OPTIONS, POST"],
      ["PUT", "/api/auth/session", "GET, HEAD, OPTIONS, POST"],
      ["POST", "/goals", "GET, HEAD"],
      ["TRACE", "/", "GET, HEAD"],
      ["PROPFIND", "/targets/1", "GET, HEAD"],
    ];
    for (const [method, path, allow] of cases) {
      const verdict = check(method, path, fromPage);
      expect(verdict.ok, `${method} ${path}`).toBe(false);
      if (!verdict.ok) {
        expect(verdict.error.status).toBe(405);
        expect(verdict.error.code).toBe("METHOD_NOT_ALLOWED");
        expect(verdict.allow).toBe(allow);
      }
    }
  });

  it("refuses writes from another site, or from anything that does not say where it comes from", () => {
    const refused = [
      { ...fromPage, origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { ...fromPage, origin: "https://evil.example" },
      { ...fromPage, origin: "null" },
      { ...fromPage, origin: "https://goalboard.example.evil.example" },
      { ...fromPage, origin: "http://goalboard.example" },
      { ...fromPage, "sec-fetch-site": "same-site" },
      { "content-type": "application/json", "content-length": "2" },
    ];
    for (const headers of refused) {
      const verdict = check("POST", "/api/goal-targets/search", headers);
      expect(verdict.ok ? 200 : verdict.error.status, JSON.stringify(headers)).toBe(403);
    }
    // Sec-Fetch-Site alone is a browser's word for it.
    const withoutOrigin: Record<string, string> = { ...fromPage };
    delete withoutOrigin.origin;
    expect(check("POST", "/api/goal-targets/search", withoutOrigin)).toEqual({ ok: true });
  });

  it("refuses a write whose body is not JSON (415), or too large (413)", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", ""]) {
      const verdict = check("POST", "/api/goal-targets/search", { ...fromPage, "content-type": type });
      expect(verdict.ok ? 200 : verdict.error.status, type).toBe(415);
    }
    const big = check("POST", "/api/goal-targets/batch-read", { ...fromPage, "content-length": String(MAX_API_BODY_BYTES + 1) });
    expect(big.ok ? 200 : big.error.status).toBe(413);
  });

  it("lets a whole plan through to its own route, which has a larger limit", () => {
    const plan = { ...fromPage, "content-length": String(PLAN_BODY_MAX_BYTES) };
    expect(check("POST", "/api/goals/0f6c2a4e-1b7d-4c55-9a0e-3d2f1e6b8a90/plan/dry-run", plan).ok).toBe(true);
    const over = check("POST", "/api/goals/0f6c2a4e-1b7d-4c55-9a0e-3d2f1e6b8a90/plan/dry-run", { ...plan, "content-length": String(PLAN_BODY_MAX_BYTES + 1) });
    expect(over.ok ? 200 : over.error.status).toBe(413);
    expect(check("POST", "/api/goal-targets/search", plan).ok).toBe(false);
  });
});
