import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { COMMON_HEADERS, NON_PAGE_CSP, pageCsp } from "@/lib/security-headers";

/** Pages anyone may open: the sign-in page itself, and files that carry no data. */
function isPublic(pathname: string): boolean {
  return pathname === "/signin" || pathname.startsWith("/_next/") || /\.(ico|png|svg|txt|webmanifest)$/.test(pathname);
}

function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/") && !/\.[a-z0-9]+$/i.test(pathname);
}

function withHeaders(res: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.headers.set(name, value);
  res.headers.set("content-security-policy", csp);
  return res;
}

/**
 * Every page needs a session. A signed-out visit goes to sign-in carrying the exact path and query
 * it asked for, which is what makes goal URLs shareable. API routes answer 401 themselves.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (!isPage(pathname)) return withHeaders(NextResponse.next(), NON_PAGE_CSP);

  if (!isPublic(pathname)) {
    const token = await getToken({
      req,
      secret: process.env.NEXTAUTH_SECRET,
      secureCookie: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
    if (!token?.hubspot) {
      const signin = new URL("/signin", req.url);
      signin.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(signin), NON_PAGE_CSP);
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set("x-goalboard-path", `${pathname}${search}`);
  return withHeaders(NextResponse.next({ request: { headers } }), csp);
}
