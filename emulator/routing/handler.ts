import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { adminRoutes } from "../admin/routes";
import { adminError } from "../admin/portals";
import { BodyTooLargeError, readBody } from "../http/body";
import { hubspotError, resourceNotFound, serverError } from "../http/errors";
import type { Reply } from "../http/reply";
import { drawDelay, routeKind, type RouteKind } from "../latency";
import type { Lifecycle } from "../lifecycle";
import type { EmulatorState } from "../state";
import { matchRoute, type RequestContext } from "./context";
import { handleApiCall, handleOpenCall, type Handled } from "./pipeline";
import { hubspotRoutes } from "./routes";
import { writeReply } from "./write";

export interface HandlerDeps {
  state: EmulatorState;
  lifecycle: Lifecycle;
  baseUrl(): string;
  quiet: boolean;
}

interface Routed {
  handled: Handled;
  operation?: string;
  /** How the round trip is timed; admin calls have none. */
  kind?: RouteKind;
}

async function route(ctx: RequestContext, path: string, deps: HandlerDeps): Promise<Routed> {
  const method = ctx.req.method ?? "GET";
  if (path === "/__emulator" || path.startsWith("/__emulator/")) {
    const admin = matchRoute(adminRoutes, method, path);
    const reply: Reply =
      admin === undefined
        ? adminError(404, `No admin route ${method} ${path}`)
        : admin === "method"
          ? adminError(405, `${method} is not allowed on ${path}`)
          : await admin.route.handle({ ...ctx, params: admin.params });
    return { handled: { outcome: { kind: "reply", reply }, portal: "unknown" } };
  }
  const match = matchRoute(hubspotRoutes, method, path);
  if (match === undefined) {
    return { handled: { outcome: { kind: "reply", reply: resourceNotFound(ctx.correlationId, `No route for ${method} ${path}`) }, portal: "unknown" }, kind: "read" };
  }
  if (match === "method") {
    const reply = hubspotError(405, ctx.correlationId, "VALIDATION_ERROR", `${method} is not supported on ${path}`);
    return { handled: { outcome: { kind: "reply", reply }, portal: "unknown" }, kind: "read" };
  }
  const routed = { ...ctx, params: match.params };
  const handled =
    match.route.auth === "bearer"
      ? await handleApiCall(match.route, routed, deps.lifecycle)
      : await handleOpenCall(match.route, routed, deps.lifecycle);
  return { handled, operation: match.route.operation, kind: routeKind(match.route) };
}

export function createHandler(deps: HandlerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const correlationId = randomUUID();
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    let body: Promise<string> | undefined;
    const ctx: RequestContext = {
      state: deps.state,
      req,
      url,
      params: {},
      baseUrl: deps.baseUrl(),
      correlationId,
      text: () => (body ??= readBody(req)),
    };
    let status: number | string;
    try {
      const { handled, operation, kind } = await route(ctx, path, deps);
      const { outcome } = handled;
      // The whole round trip is added after the work, so what a write changed is visible when it is answered.
      const delay = kind && outcome.kind !== "hang" ? drawDelay(deps.state.latency, kind) : 0;
      if (delay > 0) await deps.lifecycle.delay(delay);
      if (outcome.kind === "reset") req.socket.destroy();
      else if (outcome.kind === "reply") writeReply(res, outcome.reply, correlationId, outcome.malformed);
      status = outcome.kind === "reply" ? outcome.reply.status : outcome.kind;
      if (operation) deps.state.calls.record(handled.portal, operation, status, path);
    } catch (error) {
      // The client gave up while its body was still arriving (a caller's deadline): nobody to answer.
      if (req.destroyed || (error as { code?: string }).code === "ECONNRESET") {
        if (!deps.quiet) console.log(`[emulator] ${req.method} ${url.pathname} -> client went away (${Date.now() - started} ms)`);
        return;
      }
      const tooLarge = error instanceof BodyTooLargeError;
      const reply = tooLarge ? hubspotError(413, correlationId, "VALIDATION_ERROR", "Request body too large") : serverError(correlationId, 500);
      if (!tooLarge) console.error("[emulator] handler failed", error);
      writeReply(res, reply, correlationId);
      status = reply.status;
    }
    if (!deps.quiet) console.log(`[emulator] ${req.method} ${url.pathname}${url.search} -> ${status} (${Date.now() - started} ms)`);
  };
}
