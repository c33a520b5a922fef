/**
 * Every API route, who calls it and the methods it serves. The proxy uses it: an unknown path is a
 * JSON 404 and a method a route does not serve a JSON 405 with `Allow`, before any route code runs.
 * A route file must be listed here to be reachable; tests/api/route-table.test.ts checks this list
 * against the route files' exports and the paths the pages fetch. Pure: no Node or Next imports,
 * so the proxy can use it.
 */
export type HttpMethod = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRouteEntry {
  /** As the folder under `app/`: `[name]` is one segment, `[...name]` one or more. */
  path: string;
  methods: readonly HttpMethod[];
  /**
   * "pages": called by Goalboard's own pages (lib/client, sign-in); its answer is shaped for them
   * and changes with them. "public": a named operation for other clients (scripts, integrations),
   * answering HubSpot's records as HubSpot pages them; no page calls it.
   */
  caller: "pages" | "public";
  /** next-auth's endpoints take form posts and check their own CSRF token. */
  body?: "form";
  /** A larger body limit than MAX_API_BODY_BYTES, for the routes whose input is a whole plan. */
  maxBodyBytes?: number;
}

/** A plan's dry run holds up to 2,000 changes of about 150 bytes each (lib/api/plan-schemas.ts). */
export const PLAN_BODY_MAX_BYTES = 400_000;

export const API_ROUTES: readonly ApiRouteEntry[] = [
  // Goalboard's pages
  { path: "/api/goals/[goalId]", caller: "pages", methods: ["GET"] },
  { path: "/api/goals/[goalId]/plan", caller: "pages", methods: ["GET"] },
  { path: "/api/goals/[goalId]/plan/dry-run", caller: "pages", methods: ["POST"], maxBodyBytes: PLAN_BODY_MAX_BYTES },
  { path: "/api/goals/[goalId]/plan/apply", caller: "pages", methods: ["POST"], maxBodyBytes: PLAN_BODY_MAX_BYTES },
  { path: "/api/goal-targets/[targetId]", caller: "pages", methods: ["GET"] },
  { path: "/api/goal-targets/[targetId]/history", caller: "pages", methods: ["GET"] },
  { path: "/api/views/goal/[goalId]", caller: "pages", methods: ["GET"] },
  { path: "/api/views/goals", caller: "pages", methods: ["GET"] },
  { path: "/api/views/leaderboard", caller: "pages", methods: ["GET"] },
  { path: "/api/views/goals/export", caller: "pages", methods: ["GET"] },
  { path: "/api/views/options", caller: "pages", methods: ["GET"] },
  { path: "/api/views/targets", caller: "pages", methods: ["GET"] },
  { path: "/api/views/targets/export", caller: "pages", methods: ["GET"] },
  { path: "/api/views/timeline", caller: "pages", methods: ["GET"] },
  { path: "/api/views/wall-choices", caller: "pages", methods: ["GET"] },
  { path: "/api/wall", caller: "pages", methods: ["GET"] },
  { path: "/api/auth/[...nextauth]", caller: "pages", methods: ["GET", "POST"], body: "form" },
  // Public operations
  { path: "/api/account", caller: "public", methods: ["GET"] },
  { path: "/api/directory", caller: "public", methods: ["GET"] },
  { path: "/api/goals", caller: "public", methods: ["GET"] },
  { path: "/api/goal-targets", caller: "public", methods: ["GET"] },
  { path: "/api/goal-targets/batch-read", caller: "public", methods: ["POST"] },
  { path: "/api/goal-targets/search", caller: "public", methods: ["POST"] },
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
