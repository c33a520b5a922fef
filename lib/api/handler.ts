import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest, NextResponse } from "next/server";
import { accessTokenFor } from "@/lib/auth/token-manager";
import { readSession, type ServerSession } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import type { PortalContext } from "@/lib/hubspot";
import { log } from "@/lib/log";
import { AppError } from "./errors";
import { errorResponse, jsonResponse } from "./respond";

export interface HandlerContext<I> {
  session: ServerSession;
  portal: PortalContext;
  input: I;
  requestId: string;
}

export interface RouteSpec<I, P> {
  /** Validates everything the client sent. Runs before any HubSpot call; throws BAD_INPUT. */
  input?: (req: NextRequest, params: P) => I | Promise<I>;
  handle: (ctx: HandlerContext<I>) => Promise<unknown>;
}

/** The HubSpot caller for one request: its portal, its user, and the deadline everything must meet. */
export function portalContext(session: ServerSession, requestId: string, deadline = Date.now() + serverEnv().API_DEADLINE_MS): PortalContext {
  return {
    portalId: session.portalId,
    userKey: String(session.hubUserId),
    scopes: session.scopes,
    requestId,
    deadline,
    accessToken: (rejected) => accessTokenFor(session.grant, rejected),
  };
}

/** Past the deadline the answer is a timeout, whatever is still running (it winds down on its own). */
function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("UPSTREAM_TIMEOUT", "HubSpot did not answer in time. Try again in a moment.", { retryAfterSeconds: 5 })),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  log.error({ requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "unhandled error");
  return new AppError("INTERNAL", `Something went wrong in Goalboard. Reference: ${requestId}`);
}

/** A little past the gateway's own deadline, so its answers (with their reasons) come first. */
const DEADLINE_GRACE_MS = 250;

/**
 * The one wrapper every API route goes through: session, portal, input validation, one deadline
 * for everything (API_DEADLINE_MS), error mapping. Route files keep only "parse, call, return".
 * Methods, origin, content type and body size were checked before (proxy.ts, lib/api/request-guard.ts).
 */
export function apiRoute<I = undefined, P = Record<string, never>>(spec: RouteSpec<I, P>) {
  return async (req: NextRequest, route: { params: Promise<P> }): Promise<NextResponse> => {
    const requestId = randomUUID();
    const started = Date.now();
    const deadline = started + serverEnv().API_DEADLINE_MS;
    let status = 200;
    try {
      const session = await readSession();
      if (!session) throw new AppError("UNAUTHENTICATED", "Sign in with HubSpot to use Goalboard.");
      const params = (await route?.params) ?? ({} as P);
      const input = spec.input ? await spec.input(req, params) : (undefined as I);
      const work = spec.handle({ session, portal: portalContext(session, requestId, deadline), input, requestId });
      const result = await beforeDeadline(work, deadline + DEADLINE_GRACE_MS);
      return jsonResponse(result, requestId);
    } catch (error) {
      const appError = toAppError(error, requestId);
      status = appError.status;
      return errorResponse(appError, requestId);
    } finally {
      log.debug({ requestId, method: req.method, path: req.nextUrl.pathname, status, ms: Date.now() - started }, "api request");
    }
  };
}
