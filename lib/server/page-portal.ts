import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { portalContext } from "./portal-context";
import { readSession } from "@/lib/auth/session";

/**
 * The signed-in portal of a server-rendered page, once per request: `generateMetadata` and the page
 * share it. The proxy already sends signed-out visitors to sign-in; this covers a session that
 * lapsed between the two.
 */
export const pagePortal = cache(async () => {
  const session = await readSession();
  if (!session) {
    const path = (await headers()).get("x-goalboard-path") ?? "/goals";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return { portalId: session.portalId, email: session.email, ctx: portalContext(session, randomUUID()) };
});
