/**
 * Security headers for every response. Pages get a per-request nonce so Next's own inline scripts
 * run and nothing else does; everything else (API, assets) gets a policy that allows nothing.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Recharts set style attributes; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const NON_PAGE_CSP = "default-src 'none'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

export const COMMON_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  // No other site's window keeps a handle on Goalboard's, and no other site may embed its responses.
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/**
 * Strict-Transport-Security, only where Goalboard is served over https (browsers ignore it over
 * http, and a local http demo must stay reachable): NEXTAUTH_URL is https, or the TLS-terminating
 * proxy in front says the request came over https.
 */
export function hstsFor(appUrl: string | undefined, forwardedProto: string | null): string | undefined {
  const https = appUrl?.startsWith("https://") || forwardedProto?.split(",")[0].trim().toLowerCase() === "https";
  return https ? "max-age=63072000; includeSubDomains" : undefined;
}
