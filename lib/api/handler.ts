import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { readSession, type ServerSession } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import type { PortalContext } from "@/lib/hubspot";
import { toAppError } from "@/lib/server/app-error";
import { portalContext } from "@/lib/server/portal-context";
import { log } from "@/lib/log";
import { AppError } from "@/lib/contracts/errors";
import { parseInput, queryObject, readJsonBody } from "./input";
import { MAX_API_BODY_BYTES } from "./request-guard";
import { emptyQuery } from "./schemas";
import { errorResponse, jsonResponse } from "./respond";

/** What a route's `handle` gets: who asks, for which portal, and its input already checked. */
export interface HandlerContext<P, Q, B> {
  session: ServerSession;
  portal: PortalContext;
  params: P;
  query: Q;
  body: B;
  requestId: string;
}

/**
 * A route as schemas plus one call. Everything the client sent is checked against the schemas
 * before `handle` runs, so a malformed id, an unknown query parameter or a bad body is a 400 that
 * never reaches HubSpot.
 */
export interface RouteSpec<P, Q, B> {
  /** One schema per path segment (`[goalId]`); each failure reads as its own sentence. */
  params?: { [K in keyof P]: z.ZodType<P[K]> };
  /** The query string as an object. Without a schema no query parameter is accepted. */
  query?: z.ZodType<Q>;
  /** Query keys that may be given more than once (`properties=a&properties=b`). */
  repeatable?: readonly string[];
  /** The JSON body. Without a schema the route reads none. */
  body?: z.ZodType<B>;
  /** The body's size cap (default MAX_API_BODY_BYTES, the proxy's). */
  maxBodyBytes?: number;
  handle: (ctx: HandlerContext<P, Q, B>) => Promise<unknown>;
}

type Segments = Record<string, string | string[]>;

async function readInput<P, Q, B>(spec: RouteSpec<P, Q, B>, req: NextRequest, segments: Segments): Promise<{ params: P; query: Q; body: B }> {
  const params = {} as P;
  for (const key of Object.keys(spec.params ?? {}) as (keyof P & string)[]) params[key] = parseInput(spec.params![key], segments[key]);
  const query = parseInput(spec.query ?? (emptyQuery as unknown as z.ZodType<Q>), queryObject(req, spec.repeatable));
  const body = spec.body ? parseInput(spec.body, await readJsonBody(req, spec.maxBodyBytes ?? MAX_API_BODY_BYTES)) : (undefined as B);
  return { params, query, body };
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

/** A little past the gateway's own deadline, so its answers (with their reasons) come first. */
const DEADLINE_GRACE_MS = 250;

/**
 * The one wrapper every API route goes through: session, portal, input validation, one deadline
 * for everything (API_DEADLINE_MS), error mapping. Route files keep only "parse, call, return".
 * Methods, origin, content type and body size were checked before (proxy.ts, lib/api/request-guard.ts).
 */
export function apiRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(spec: RouteSpec<P, Q, B>) {
  return async (req: NextRequest, route: { params: Promise<Segments> }): Promise<Response> => {
    const requestId = randomUUID();
    const started = Date.now();
    const deadline = started + serverEnv().API_DEADLINE_MS;
    let status = 200;
    try {
      const session = await readSession();
      if (!session) throw new AppError("UNAUTHENTICATED", "Sign in with HubSpot to use Goalboard.");
      const input = await readInput(spec, req, (await route?.params) ?? {});
      const work = spec.handle({ session, portal: portalContext(session, requestId, deadline), requestId, ...input });
      const result = await beforeDeadline(work, deadline + DEADLINE_GRACE_MS);
      if (!(result instanceof Response)) return jsonResponse(result, requestId);
      // A route that answers something other than JSON (a CSV download) builds its own response.
      result.headers.set("x-request-id", requestId);
      return result;
    } catch (error) {
      const appError = toAppError(error, requestId);
      status = appError.status;
      return errorResponse(appError, requestId);
    } finally {
      log.debug({ requestId, method: req.method, path: req.nextUrl.pathname, status, ms: Date.now() - started }, "api request");
    }
  };
}
