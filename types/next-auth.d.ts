import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** Random id of this sign-in: the key of the session ledger (sign-out, idle timeout). */
    sid?: string;
    /** Epoch ms of the sign-in: the session's lifetime counts from here. */
    authTime?: number;
    portalId?: number;
    hubUserId?: number;
    /** The portal's HubSpot domain, from token introspection. */
    hubDomain?: string | null;
    scopes?: string[];
    /** HubSpot's grant. Lives only inside the encrypted, HttpOnly session cookie. */
    hubspot?: { accessToken: string; refreshToken: string; expiresAt: number; expiresIn: number };
  }
}

declare module "next-auth" {
  interface Session {
    portalId: number;
  }
}
