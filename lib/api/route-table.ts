/**
 * Every API route and the methods it serves, for the proxy: an unknown path is a JSON 404 and a
 * method a route does not serve a JSON 405 with `Allow`, before any route code runs. A route file
 * must be listed here to be reachable; tests/api/route-table.test.ts checks this list against the
 * route files' exports. Pure: no Node or Next imports, so the proxy can use it.
 */
export type HttpMethod = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRouteEntry {
  /** As the folder under `app/`: `[name]` is one segment, `[...name]` one or more. */
  path: string;
  methods: readonly HttpMethod[];
  /** next-auth's endpoints take form posts and check their own CSRF token. */
  body?: "form";
  /** A larger body limit than MAX_API_BODY_BYTES, for the routes whose input is a whole plan. */
  maxBodyBytes?: number;
}

/** A plan's dry run holds up to 2,000 changes of about 150 bytes each (lib/api/plan-schemas.ts). */
export const PLAN_BODY_MAX_BYTES = 400_000;

export const API_ROUTES: readonly ApiRouteEntry[] = [
  { path: "/api/account", methods: ["GET"] },
  { path: "/api/directory", methods: ["GET"] },
  { path: "/api/goals", methods: ["GET"] },
  { path: "/api/goals/[goalId]", methods: ["GET"] },
  { path: "/api/goals/[goalId]/plan", methods: ["GET"] },
  { path: "/api/goals/[goalId]/plan/dry-run", methods: ["POST"], maxBodyBytes: PLAN_BODY_MAX_BYTES },
  { path: "/api/goals/[goalId]/plan/apply", methods: ["POST"], maxBodyBytes: PLAN_BODY_MAX_BYTES },
  { path: "/api/goal-targets", methods: ["GET"] },
  { path: "/api/goal-targets/[targetId]", methods: ["GET"] },
  { path: "/api/goal-targets/[targetId]/history", methods: ["GET"] },
  { path: "/api/goal-targets/batch-read", methods: ["POST"] },
  { path: "/api/goal-targets/search", methods: ["POST"] },
  { path: "/api/views/goals", methods: ["GET"] },
  { path: "/api/views/goals/export", methods: ["GET"] },
  { path: "/api/views/options", methods: ["GET"] },
  { path: "/api/views/targets", methods: ["GET"] },
  { path: "/api/views/targets/export", methods: ["GET"] },
  { path: "/api/views/timeline", methods: ["GET"] },
  { path: "/api/auth/[...nextauth]", methods: ["GET", "POST"], body: "form" },
];

function matches(pattern: string[], segments: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i];
    if (part.startsWith("[...")) return segments.length > i;
    if (i >= segments.length) return false;
    if (!part.startsWith("[") && part !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}

/** Static segments win over dynamic ones, as in Next's router. */
function specificity(path: string): number {
  return path.split("/").reduce((score, part) => score * 3 + (part.startsWith("[...") ? 0 : part.startsWith("[") ? 1 : 2), 0);
}

const BY_SPECIFICITY = [...API_ROUTES].sort((a, b) => specificity(b.path) - specificity(a.path));

export function findApiRoute(pathname: string): ApiRouteEntry | undefined {
  const segments = pathname.replace(/\/+$/, "").split("/");
  return BY_SPECIFICITY.find((route) => matches(route.path.split("/"), segments));
}

/** What `Allow` lists: GET brings HEAD along, and OPTIONS is always answered. */
export function allowedMethods(route: ApiRouteEntry): HttpMethod[] {
  const methods = new Set<HttpMethod>([...route.methods, "OPTIONS"]);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}
