import { AppError } from "@/lib/contracts/errors";
import { allowedMethods, findApiRoute } from "./route-table";

/**
 * The checks every request passes before any route or page code runs (proxy.ts, and the server's
 * method guard for methods Next.js cannot handle at all). Pure, so it is unit-tested as it is.
 */
export interface GuardedRequest {
  method: string;
  pathname: string;
  headers: { get(name: string): string | null };
  /** Where Goalboard is served (NEXTAUTH_URL's origin): the only origin allowed to change anything. */
  appOrigin: string;
}

export type Verdict = { ok: true } | { ok: false; error: AppError; allow?: string };

/** A body larger than this is refused before any route reads it; routes set smaller caps of their own. */
export const MAX_API_BODY_BYTES = 64 * 1024;

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const PAGE_METHODS = "GET, HEAD";

export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function refuse(error: AppError, allow?: string): Verdict {
  return { ok: false, error, allow };
}

/**
 * A state-changing request must come from Goalboard's own pages: browsers say where a request
 * comes from in `Sec-Fetch-Site` and `Origin`; a request that says neither, or another site, is
 * refused (cross-site request forgery).
 */
function sameOrigin(req: GuardedRequest): boolean {
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if (site !== null && site !== "same-origin") return false;
  if (origin !== null) return origin === req.appOrigin;
  return site === "same-origin";
}

function hasBody(req: GuardedRequest): boolean {
  const length = req.headers.get("content-length");
  return (length !== null && length !== "0") || req.headers.get("transfer-encoding") !== null;
}

function isJson(req: GuardedRequest): boolean {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json";
}

export function guardRequest(req: GuardedRequest): Verdict {
  const method = req.method.toUpperCase();
  if (!isApiPath(req.pathname)) {
    if (method === "GET" || method === "HEAD") return { ok: true };
    return refuse(new AppError("METHOD_NOT_ALLOWED", `${method} is not supported here: pages are read with GET.`), PAGE_METHODS);
  }
  try {
    decodeURIComponent(req.pathname);
  } catch {
    return refuse(new AppError("BAD_INPUT", "The address holds a broken percent-encoding (a % not followed by a valid UTF-8 sequence)."));
  }
  const route = findApiRoute(req.pathname);
  if (!route) return refuse(new AppError("NOT_FOUND", `There is no API operation at ${req.pathname}.`));
  const allow = allowedMethods(route);
  if (!(allow as string[]).includes(method)) {
    return refuse(new AppError("METHOD_NOT_ALLOWED", `${method} is not supported on ${req.pathname}; use ${allow.filter((m) => m !== "HEAD" && m !== "OPTIONS").join(" or ")}.`), allow.join(", "));
  }
  if (SAFE.has(method)) return { ok: true };
  if (!sameOrigin(req)) return refuse(new AppError("CROSS_SITE", "Goalboard only accepts changes from its own pages."));
  const length = Number(req.headers.get("content-length") ?? "0");
  const maxBytes = route.maxBodyBytes ?? MAX_API_BODY_BYTES;
  if (length > maxBytes) return refuse(new AppError("PAYLOAD_TOO_LARGE", `The request body is too large (${length} bytes; at most ${maxBytes}).`));
  if (route.body !== "form" && (method !== "DELETE" || hasBody(req)) && !isJson(req)) {
    return refuse(new AppError("UNSUPPORTED_MEDIA_TYPE", "The request body must be JSON, sent with Content-Type: application/json."));
  }
  return { ok: true };
}
