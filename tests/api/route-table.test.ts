import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, API_ROUTES, findApiRoute } from "@/lib/api/route-table";

const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

function filesUnder(dir: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, wanted);
    return wanted(name) ? [path] : [];
  });
}

const routeFiles = (dir: string) => filesUnder(dir, (name) => name === "route.ts");

/** The API paths the browser code names (`/api/goals/${id}/plan` reads as `/api/goals/x/plan`). */
function pathsThePagesFetch(): string[] {
  const root = join(__dirname, "../..");
  const sources = ["lib/client", "components"].flatMap((dir) => filesUnder(join(root, dir), (name) => /\.tsx?$/.test(name)));
  return sources.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/`(\/api\/(?:\$\{[^}]*\}|[^`$])*)`|"(\/api\/[^"]*)"|'(\/api\/[^']*)'/g)].map((m) =>
      (m[1] ?? m[2] ?? m[3]).replace(/\/\$\{[^}]*\}/g, "/x").replace(/\$\{[^}]*\}/g, "").replace(/\?.*$/, ""),
    ),
  );
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

  it("marks as the pages' own exactly the routes the pages fetch, and every other route public", () => {
    const fetched = new Set(pathsThePagesFetch().map((path) => findApiRoute(path)?.path ?? `unknown: ${path}`));
    // next-auth's own client (sign-in, sign-out) calls its routes, not Goalboard's code.
    const pages = API_ROUTES.filter((route) => route.caller === "pages" && !route.path.startsWith("/api/auth/")).map((route) => route.path);
    expect([...fetched].sort()).toEqual(pages.sort());
    expect(fetched.size).toBeGreaterThan(3);
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
    expect(allowedMethods({ path: "/x", caller: "pages", methods: ["GET"] })).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods({ path: "/x", caller: "pages", methods: ["POST"] })).toEqual(["OPTIONS", "POST"]);
  });
});
