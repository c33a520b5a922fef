/** Same-origin paths only: a callback URL must never send a signed-in user elsewhere. */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/goals"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}
