import type { IncomingMessage } from "node:http";
import type { Grant } from "../auth/tokens";
import type { Reply } from "../http/reply";
import type { LimitKind } from "../limits/rate-limiter";
import type { EmulatorState, Portal } from "../state";

export interface RequestContext {
  state: EmulatorState;
  req: IncomingMessage;
  url: URL;
  /** Named groups of the route pattern, URI-decoded. */
  params: Record<string, string>;
  /** The emulator's own base URL, for absolute paging links. */
  baseUrl: string;
  correlationId: string;
  /** The request body as text (read once, cached). */
  text(): Promise<string>;
}

/** A HubSpot API call that passed authentication. */
export interface ApiContext extends RequestContext {
  grant: Grant;
  portal: Portal;
}

interface RouteBase {
  method: string;
  pattern: RegExp;
}

export interface ApiRoute extends RouteBase {
  auth: "bearer";
  /** Operation name used by the call counters and fault rules. */
  operation: string;
  /** Required scope; absent = any valid token. */
  scope?: string;
  limit: LimitKind;
  handle(ctx: ApiContext): Promise<Reply>;
}

export interface OpenRoute extends RouteBase {
  auth: "none";
  /** Counted under this name when set (the OAuth API); the consent page is not counted. */
  operation?: string;
  /** The portal a call belongs to for counting, when the request reveals it. */
  portalOf?(ctx: RequestContext): Promise<number | undefined>;
  handle(ctx: RequestContext): Promise<Reply>;
}

export type Route = ApiRoute | OpenRoute;

export interface RouteMatch<R> {
  route: R;
  params: Record<string, string>;
}

/** `"method"` means the path exists but not for this method. */
export function matchRoute<R extends RouteBase>(routes: readonly R[], method: string, path: string): RouteMatch<R> | "method" | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = safeDecode(value);
    return { route, params };
  }
  return pathMatched ? "method" : undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
