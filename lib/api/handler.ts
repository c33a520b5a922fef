import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest, NextResponse } from "next/server";
import { accessTokenFor } from "@/lib/auth/token-manager";
import { readSession, type ServerSession } from "@/lib/auth/session";
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

export function portalContext(session: ServerSession, requestId: string): PortalContext {
  return {
    portalId: session.portalId,
    scopes: session.scopes,
    requestId,
    accessToken: (rejected) => accessTokenFor(session.grant, rejected),
  };
}

export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  log.error({ requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "unhandled error");
  return new AppError("INTERNAL", `Something went wrong in Goalboard. Reference: ${requestId}`);
}

/**
 * The one wrapper every API route goes through: session, portal, input validation, error mapping.
 * Route files keep only "parse, call, return".
 */
export function apiRoute<I = undefined, P = Record<string, never>>(spec: RouteSpec<I, P>) {
  return async (req: NextRequest, route: { params: Promise<P> }): Promise<NextResponse> => {
    const requestId = randomUUID();
    const started = Date.now();
    let status = 200;
    try {
      const session = await readSession();
      if (!session) throw new AppError("UNAUTHENTICATED", "Sign in with HubSpot to use Goalboard.");
      const params = (await route?.params) ?? ({} as P);
      const input = spec.input ? await spec.input(req, params) : (undefined as I);
      const result = await spec.handle({ session, portal: portalContext(session, requestId), input, requestId });
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
