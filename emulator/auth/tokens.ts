import { randomBytes, randomUUID } from "node:crypto";
import {
  ALL_SCOPES,
  DEMO_PORTAL_ID,
  DEMO_PRIVATE_APP_TOKEN,
  EMPTY_PORTAL_ID,
  EMPTY_PORTAL_PRIVATE_APP_TOKEN,
  SECOND_PORTAL_ID,
  SECOND_PORTAL_PRIVATE_APP_TOKEN,
} from "../constants";

/** What a bearer token grants: the portal it reads, and with which scopes. */
export interface Grant {
  kind: "private" | "oauth";
  token: string;
  portalId: number;
  /** The installing user for OAuth tokens; private apps act as no user. */
  userId: string | null;
  scopes: string[];
  appId: number;
  clientId: string | null;
  /** Epoch ms; null for private-app tokens, which never expire. */
  expiresAt: number | null;
  issuedAt: number;
  /** The refresh token an OAuth access token was issued from. */
  refreshToken?: string;
}

export interface RefreshGrant {
  token: string;
  portalId: number;
  userId: string;
  scopes: string[];
  appId: number;
  clientId: string;
  revoked: boolean;
  issuedAt: number;
}

export interface AuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  portalId: number;
  userId: string;
  scopes: string[];
  appId: number;
  expiresAt: number;
  used: boolean;
}

const CODE_TTL_MS = 10 * 60 * 1000;

function privateGrant(token: string, portalId: number, appId: number): Grant {
  return { kind: "private", token, portalId, userId: null, scopes: [...ALL_SCOPES], appId, clientId: null, expiresAt: null, issuedAt: 0 };
}

/**
 * Every credential the emulator has issued. Tokens are random and long like HubSpot's, so a test that
 * finds one in browser traffic has found a real leak, not a coincidence.
 */
export class TokenRegistry {
  private readonly access = new Map<string, Grant>();
  private readonly refresh = new Map<string, RefreshGrant>();
  private readonly codes = new Map<string, AuthCode>();

  constructor(private readonly ttlSeconds: () => number) {
    for (const grant of [
      privateGrant(DEMO_PRIVATE_APP_TOKEN, DEMO_PORTAL_ID, 2890101),
      privateGrant(SECOND_PORTAL_PRIVATE_APP_TOKEN, SECOND_PORTAL_ID, 2890102),
      privateGrant(EMPTY_PORTAL_PRIVATE_APP_TOKEN, EMPTY_PORTAL_ID, 2890103),
    ]) {
      this.access.set(grant.token, grant);
    }
  }

  findAccess(token: string): Grant | undefined {
    return this.access.get(token);
  }

  findRefresh(token: string): RefreshGrant | undefined {
    return this.refresh.get(token);
  }

  findCode(code: string): AuthCode | undefined {
    return this.codes.get(code);
  }

  issueCode(input: Omit<AuthCode, "code" | "expiresAt" | "used">, region: string): AuthCode {
    const code: AuthCode = { ...input, code: `${region}-${randomUUID()}`, expiresAt: Date.now() + CODE_TTL_MS, used: false };
    this.codes.set(code.code, code);
    return code;
  }

  issueRefresh(from: AuthCode, region: string): RefreshGrant {
    const grant: RefreshGrant = {
      token: `${region}-${randomUUID()}`,
      portalId: from.portalId,
      userId: from.userId,
      scopes: from.scopes,
      appId: from.appId,
      clientId: from.clientId,
      revoked: false,
      issuedAt: Date.now(),
    };
    this.refresh.set(grant.token, grant);
    return grant;
  }

  issueAccess(from: RefreshGrant): Grant {
    const now = Date.now();
    const grant: Grant = {
      kind: "oauth",
      token: `C${randomBytes(128).toString("base64url")}`,
      portalId: from.portalId,
      userId: from.userId,
      scopes: from.scopes,
      appId: from.appId,
      clientId: from.clientId,
      expiresAt: now + this.ttlSeconds() * 1000,
      issuedAt: now,
      refreshToken: from.token,
    };
    this.access.set(grant.token, grant);
    return grant;
  }

  /**
   * The current OAuth API's revocation (RFC 7009): a refresh token takes the access tokens issued
   * from it along; an access token goes alone. Unknown tokens are ignored. Returns what was revoked.
   */
  revoke(token: string): "refresh" | "access" | "none" {
    const refresh = this.refresh.get(token);
    if (refresh) {
      refresh.revoked = true;
      for (const grant of this.access.values()) if (grant.refreshToken === token) this.expireGrant(grant);
      return "refresh";
    }
    const access = this.access.get(token);
    if (access?.kind === "oauth") {
      this.expireGrant(access);
      return "access";
    }
    return "none";
  }

  private expireGrant(grant: Grant): void {
    const now = Date.now();
    if (grant.expiresAt !== null && grant.expiresAt > now) grant.expiresAt = now - 1;
  }

  /** Expires OAuth access tokens now: one token, a portal's, or (with neither) all of them. */
  expire(filter: { accessToken?: string; portalId?: number }): number {
    const now = Date.now();
    let count = 0;
    for (const grant of this.access.values()) {
      if (grant.kind !== "oauth") continue;
      if (filter.accessToken !== undefined && grant.token !== filter.accessToken) continue;
      if (filter.portalId !== undefined && grant.portalId !== filter.portalId) continue;
      if (grant.expiresAt !== null && grant.expiresAt > now) {
        grant.expiresAt = now - 1;
        count += 1;
      }
    }
    return count;
  }

  oauthAccessTokens(portalId?: number): Grant[] {
    return [...this.access.values()].filter(
      (grant) => grant.kind === "oauth" && (portalId === undefined || grant.portalId === portalId),
    );
  }

  refreshTokens(portalId?: number): RefreshGrant[] {
    return [...this.refresh.values()].filter((grant) => portalId === undefined || grant.portalId === portalId);
  }
}
