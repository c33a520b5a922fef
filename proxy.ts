import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { requestEnv } from "@/lib/env";
import { isGoalId, isRecordId } from "@/lib/goals/ids";
import { errorResponse } from "@/lib/api/respond";
import { guardRequest, isApiPath } from "@/lib/api/request-guard";
import { goalRememberedMissing, notFoundMemo } from "@/lib/hubspot/cache/not-found-memo";
import { COMMON_HEADERS, hstsFor, NON_PAGE_CSP, pageCsp } from "@/lib/security-headers";

/** Pages anyone may open: the sign-in page itself, and files that carry no data. */
function isPublic(pathname: string): boolean {
  return pathname === "/signin" || pathname.startsWith("/_next/") || /\.(ico|png|svg|txt|webmanifest)$/.test(pathname);
}

function isPage(pathname: string): boolean {
  return !isApiPath(pathname) && !pathname.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(pathname);
}

function withHeaders(req: NextRequest, res: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.headers.set(name, value);
  res.headers.set("content-security-policy", csp);
  const hsts = hstsFor(requestEnv().NEXTAUTH_URL, req.headers.get("x-forwarded-proto"));
  if (hsts) res.headers.set("strict-transport-security", hsts);
  return res;
}

/** No route lives here: Next renders app/not-found.tsx, with a 404. */
const NOT_FOUND_PATH = "/_goalboard/not-found";

/**
 * A goal or target page that can only be a 404: its id is malformed, or HubSpot said a moment ago
 * that the portal has no such record. Answered here with the complete not-found page: thrown
 * during rendering, a not-found leaves Next.js an empty page that needs scripts to show anything.
 */
function knownMissing(pathname: string, portalId: number | undefined): boolean {
  const match = /^\/(goals|targets)\/([^/]+)$/.exec(pathname);
  if (!match) return false;
  let id: string;
  try {
    id = decodeURIComponent(match[2]);
  } catch {
    return true;
  }
  const goal = match[1] === "goals";
  if (!(goal ? isGoalId(id) : isRecordId(id))) return true;
  if (!portalId) return false;
  return goal ? goalRememberedMissing(portalId, id) : notFoundMemo().has(portalId, "target", id);
}

function appOrigin(req: NextRequest): string {
  try {
    return new URL(requestEnv().NEXTAUTH_URL ?? req.nextUrl.origin).origin;
  } catch {
    return req.nextUrl.origin;
  }
}

/**
 * Every request first passes the request guard (unknown API paths, methods a route does not
 * serve, cross-site or non-JSON writes, oversized bodies: all refused with a JSON error). Then
 * every page needs a session: a signed-out visit goes to sign-in carrying the exact path and query
 * it asked for, which is what makes goal URLs shareable. API routes answer 401 themselves.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const verdict = guardRequest({ method: req.method, pathname, headers: req.headers, appOrigin: appOrigin(req) });
  if (!verdict.ok) {
    const res = errorResponse(verdict.error, crypto.randomUUID());
    if (verdict.allow) res.headers.set("allow", verdict.allow);
    return withHeaders(req, res, NON_PAGE_CSP);
  }
  if (!isPage(pathname)) return withHeaders(req, NextResponse.next(), NON_PAGE_CSP);

  let portalId: number | undefined;
  if (!isPublic(pathname)) {
    const env = requestEnv();
    const token = await getToken({
      req,
      secret: env.NEXTAUTH_SECRET,
      secureCookie: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
    if (!token?.hubspot) {
      const signin = new URL("/signin", req.url);
      signin.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withHeaders(req, NextResponse.redirect(signin), NON_PAGE_CSP);
    }
    portalId = token.portalId;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, requestEnv().development);
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // The rewrite below comes through here once more: the path asked for stays the one the user asked for.
  if (pathname !== NOT_FOUND_PATH || !headers.has("x-goalboard-path")) headers.set("x-goalboard-path", `${pathname}${search}`);
  if (knownMissing(pathname, portalId)) return withHeaders(req, NextResponse.rewrite(new URL(NOT_FOUND_PATH, req.url), { request: { headers } }), csp);
  return withHeaders(req, NextResponse.next({ request: { headers } }), csp);
}
