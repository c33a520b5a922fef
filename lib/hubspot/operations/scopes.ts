import { AppError } from "@/lib/contracts/errors";
import type { PortalContext } from "../context";
import { missingScope } from "../http/upstream-error";

/** The scopes Goalboard's calls need; HubSpot names them in its 403s, and so do Goalboard's. */
export const GOALS_READ = "crm.objects.goals.read";
export const GOALS_WRITE = "crm.objects.goals.write";
export const OWNERS_READ = "crm.objects.owners.read";
export const USERS_READ = "settings.users.read";
export const TEAMS_READ = "settings.users.teams.read";

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

/** Writes need the write scope in the user's own grant: an absent scope list is no permission here. */
export function canWriteGoals(ctx: PortalContext): boolean {
  return ctx.scopes.includes(GOALS_WRITE);
}

export function requireWriteScope(ctx: PortalContext): void {
  if (!canWriteGoals(ctx)) throw missingScope({}, GOALS_WRITE);
}
