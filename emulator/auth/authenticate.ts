import type { IncomingMessage } from "node:http";
import { expiredAuthentication, invalidAuthentication } from "../http/errors";
import type { Reply } from "../http/reply";
import type { Grant, TokenRegistry } from "./tokens";

export type AuthOutcome =
  | { ok: true; grant: Grant }
  /** `portalId` is known when the token was real but expired: the call still counts for that portal. */
  | { ok: false; reply: Reply; portalId?: number };

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function authenticate(req: IncomingMessage, tokens: TokenRegistry, correlationId: string): AuthOutcome {
  const token = bearerToken(req);
  const grant = token ? tokens.findAccess(token) : undefined;
  if (!grant) return { ok: false, reply: invalidAuthentication(correlationId) };
  const now = Date.now();
  if (grant.expiresAt !== null && grant.expiresAt <= now) {
    return { ok: false, reply: expiredAuthentication(correlationId, grant.expiresAt, now), portalId: grant.portalId };
  }
  return { ok: true, grant };
}

export function hasScope(grant: Grant, scope: string | undefined): boolean {
  return scope === undefined || grant.scopes.includes(scope);
}
