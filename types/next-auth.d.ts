import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    portalId?: number;
    hubUserId?: number;
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
