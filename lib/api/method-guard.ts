import "server-only";
import { type IncomingMessage, Server, type ServerResponse } from "node:http";
import { requestEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { COMMON_HEADERS, NON_PAGE_CSP } from "@/lib/security-headers";
import { guardRequest } from "./request-guard";

/** The methods Next.js can turn into a fetch Request (the proxy and route handlers need one). */
const ROUTABLE = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

function refuse(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://goalboard.invalid");
  const method = req.method ?? "";
  const verdict = guardRequest({
    method,
    pathname: url.pathname,
    headers: { get: (name) => [req.headers[name] ?? null].flat()[0] },
    appOrigin: requestEnv().NEXTAUTH_URL ?? "",
  });
  const error = verdict.ok ? undefined : verdict.error;
  const status = error?.status ?? 405;
  const body = JSON.stringify(error?.toBody() ?? { error: { code: "METHOD_NOT_ALLOWED", message: `${method} is not supported.` } });
  log.info({ method, path: url.pathname, status }, "request refused before routing");
  res.writeHead(status, {
    ...COMMON_HEADERS,
    "content-security-policy": NON_PAGE_CSP,
    "content-type": "application/json",
    "cache-control": "private, no-store",
    "content-length": Buffer.byteLength(body),
    ...(!verdict.ok && verdict.allow ? { allow: verdict.allow } : {}),
  });
  res.end(method === "HEAD" ? undefined : body);
}

/**
 * Next.js 16 cannot route a request whose method the fetch standard forbids (TRACE, CONNECT,
 * TRACK) or does not know (PROPFIND...): building the proxy's Request throws, and the server
 * answers 500 and logs a stack trace. Such requests are answered here, before Next.js sees them,
 * with the same JSON 404/405 the proxy gives. Installed once per process at start-up
 * (instrumentation.ts).
 */
export function guardUnroutableMethods(): void {
  const marker = Symbol.for("goalboard.method-guard");
  const proto = Server.prototype as Server & { [key: symbol]: boolean };
  if (proto[marker]) return;
  proto[marker] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (!ROUTABLE.has(req.method ?? "")) {
        refuse(req, res);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
