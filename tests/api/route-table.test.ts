import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, API_ROUTES, findApiRoute } from "@/lib/api/route-table";

const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

describe("the API route table", () => {
  it("lists every route file under app/api with exactly the methods it exports", async () => {
    const root = join(__dirname, "../../app");
    const found: { path: string; methods: string[] }[] = [];
    for (const file of routeFiles(join(root, "api"))) {
      const exported = (await import(file)) as Record<string, unknown>;
      const path = `/${relative(root, file).replace(/\/route\.ts$/, "")}`;
      found.push({ path, methods: METHODS.filter((m) => typeof exported[m] === "function") });
    }
    const listed = API_ROUTES.map((r) => ({ path: r.path, methods: [...r.methods] }));
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(listed.sort(byPath)).toEqual(found.sort(byPath));
  });

  it("matches paths as Next's router does: static segments before dynamic ones", () => {
    expect(findApiRoute("/api/goal-targets/search")?.path).toBe("/api/goal-targets/search");
    expect(findApiRoute("/api/goal-targets/123")?.path).toBe("/api/goal-targets/[targetId]");
    expect(findApiRoute("/api/goal-targets/123/")?.path).toBe("/api/goal-targets/[targetId]");
    expect(findApiRoute("/api/goal-targets/123/extra")).toBeUndefined();
    expect(findApiRoute("/api/auth/callback/hubspot")?.path).toBe("/api/auth/[...nextauth]");
    expect(findApiRoute("/api/auth")).toBeUndefined();
    expect(findApiRoute("/api")).toBeUndefined();
    expect(findApiRoute("/api/nothing")).toBeUndefined();
  });

  it("allows HEAD with GET, and OPTIONS everywhere", () => {
    expect(allowedMethods({ path: "/x", methods: ["GET"] })).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods({ path: "/x", methods: ["POST"] })).toEqual(["OPTIONS", "POST"]);
  });
});
