import { AppError } from "@/lib/contracts/errors";
import type { PortalContext } from "./context";
import { missingScope } from "./upstream-error";

/**
 * Refuses a call the signed-in user's grant cannot make, before any cache or upstream lookup:
 * a cached answer fetched for a colleague with more scopes must not leak to this user.
 */
export function requireScope(ctx: PortalContext, scope: string): void {
  if (ctx.scopes.length > 0 && !ctx.scopes.includes(scope)) throw missingScope({}, scope);
}

export function hasScope(ctx: PortalContext, scope: string): boolean {
  return ctx.scopes.length === 0 || ctx.scopes.includes(scope);
}

export function isMissingScope(error: unknown): boolean {
  return error instanceof AppError && error.code === "MISSING_SCOPE";
}
