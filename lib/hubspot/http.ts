import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { type CallKind, portalBudget } from "./budget";
import type { PortalContext } from "./context";
import { isDailyLimit, isSecondlySearchLimit, missingScope, readErrorBody, retryAfterSeconds } from "./upstream-error";

export interface UpstreamRequest<T> {
  /** Operation name, for logs. */
  op: string;
  method: "GET" | "POST";
  /** A fixed HubSpot path chosen by the operation; never built from client input. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  kind: CallKind;
  schema: z.ZodType<T>;
  /** The scope HubSpot requires for this call, named in messages when it is missing. */
  scope: string;
}

type Outcome =
  | { kind: "response"; status: number; headers: Headers; text: string }
  | { kind: "timeout" }
  | { kind: "network"; message: string };

const MAX_FAULT_RETRIES = 3;
const MAX_RATE_RETRIES = 4;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2_000;
/** A browser request should not wait on HubSpot longer than this in all. */
const TOTAL_DEADLINE_MS = 25_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Capped exponential backoff with full jitter, so retries of many requests do not line up. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Outcome> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    return { kind: "response", status: res.status, headers: res.headers, text: await res.text() };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "TimeoutError" || name === "AbortError") return { kind: "timeout" };
    return { kind: "network", message: String((error as { cause?: unknown }).cause ?? error) };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One HubSpot call: paced by the portal's budget, bounded by a timeout, retried where a retry can
 * help (5xx, timeouts, rate windows), answered as a typed value or an AppError.
 */
export async function callHubSpot<T>(ctx: PortalContext, req: UpstreamRequest<T>): Promise<T> {
  const env = serverEnv();
  const budget = portalBudget();
  const url = `${env.HUBSPOT_API_BASE}${req.path}${req.query?.size ? `?${req.query}` : ""}`;
  const deadline = Date.now() + TOTAL_DEADLINE_MS;
  let token = await ctx.accessToken();
  let renewed = false;
  let faults = 0;
  let rateWaits = 0;

  for (;;) {
    const wait = budget.estimatedWaitMs(ctx.portalId, req.kind);
    if (Date.now() + wait > deadline) {
      throw new AppError("UPSTREAM_BUSY", "Goalboard is pacing its calls to HubSpot for this portal. Try again shortly.", {
        retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
      });
    }
    const started = Date.now();
    const outcome = await budget.schedule(ctx.portalId, req.kind, () =>
      send(
        url,
        {
          method: req.method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...(req.body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: req.body === undefined ? undefined : JSON.stringify(req.body),
        },
        env.HUBSPOT_TIMEOUT_MS,
      ),
    );
    const correlationId = outcome.kind === "response" ? (outcome.headers.get("x-hubspot-correlation-id") ?? undefined) : undefined;
    log.debug(
      {
        op: req.op,
        portalId: ctx.portalId,
        requestId: ctx.requestId,
        correlationId,
        status: outcome.kind === "response" ? outcome.status : outcome.kind,
        ms: Date.now() - started,
      },
      "hubspot call",
    );

    if (outcome.kind !== "response" || outcome.status >= 500) {
      if (faults < MAX_FAULT_RETRIES && Date.now() + backoffMs(faults) < deadline) {
        await sleep(backoffMs(faults));
        faults += 1;
        continue;
      }
      if (outcome.kind === "timeout") {
        throw new AppError("UPSTREAM_TIMEOUT", "HubSpot did not answer in time. Try again in a moment.", { retryAfterSeconds: 5 });
      }
      throw new AppError("UPSTREAM_FAULT", "HubSpot is not answering properly right now. Try again in a moment.", {
        retryAfterSeconds: 5,
        correlationId,
      });
    }

    const json = parseJson(outcome.text);
    const { status, headers } = outcome;
    if (status >= 200 && status < 300) {
      if (headers.get("x-hubspot-ratelimit-remaining") === "0") budget.pause(ctx.portalId, req.kind, 1000);
      const parsed = req.schema.safeParse(json);
      if (parsed.success) return parsed.data;
      log.warn({ op: req.op, portalId: ctx.portalId, correlationId, issues: parsed.error.issues.slice(0, 3) }, "unreadable HubSpot answer");
      throw new AppError("UPSTREAM_FAULT", "HubSpot sent an answer Goalboard could not read. Try again in a moment.", {
        correlationId,
      });
    }

    const body = readErrorBody(json);
    const bodyCorrelation = body.correlationId ?? correlationId;
    if (status === 401) {
      if (!renewed) {
        renewed = true;
        token = await ctx.accessToken(token);
        continue;
      }
      throw new AppError("SESSION_EXPIRED", "HubSpot no longer accepts your sign-in. Please sign in again.");
    }
    if (status === 403) throw missingScope(body, req.scope, bodyCorrelation);
    if (status === 404) throw new AppError("NOT_FOUND", "HubSpot has no such record.", { correlationId: bodyCorrelation });
    if (status === 429) {
      const after = retryAfterSeconds(headers);
      if (isDailyLimit(body)) {
        throw new AppError("DAILY_LIMIT", "This portal has used its daily HubSpot API allowance. It resets at midnight, portal time.", {
          retryAfterSeconds: after ?? 3600,
          correlationId: bodyCorrelation,
        });
      }
      const windowMs = isSecondlySearchLimit(body)
        ? 1000
        : (after ?? 0) * 1000 || Number(headers.get("x-hubspot-ratelimit-interval-milliseconds")) || 10_000;
      budget.pause(ctx.portalId, req.kind, windowMs);
      if (rateWaits < MAX_RATE_RETRIES && Date.now() + windowMs < deadline) {
        rateWaits += 1;
        continue;
      }
      throw new AppError("RATE_LIMITED", "HubSpot asked Goalboard to slow down. It will retry shortly.", {
        retryAfterSeconds: Math.ceil(windowMs / 1000),
        correlationId: bodyCorrelation,
      });
    }
    if (status === 400) {
      throw new AppError("BAD_INPUT", `HubSpot rejected the request: ${body.message ?? "invalid input"}`, {
        correlationId: bodyCorrelation,
      });
    }
    throw new AppError("UPSTREAM_FAULT", `HubSpot answered with an unexpected status (${status}).`, { correlationId: bodyCorrelation });
  }
}
