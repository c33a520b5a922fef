import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/contracts/errors";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { portalBudget } from "../budget";
import type { CallKind } from "../budget/types";
import type { PortalContext } from "../context";
import { QueueDeadlineError } from "../budget/local-limiter";
import { userShare } from "../budget/user-share";
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
/** A try with less time than this left before the deadline is not worth starting. */
const MIN_TRY_MS = 250;
/** What the browser is told to wait after a fault or a timeout. */
const FAULT_RETRY_AFTER_SECONDS = 5;

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

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const busy = (waitMs: number) =>
  new AppError("UPSTREAM_BUSY", "Goalboard is pacing its calls to HubSpot for this portal. Try again shortly.", {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });

const timedOut = () =>
  new AppError("UPSTREAM_TIMEOUT", "HubSpot did not answer in time. Try again in a moment.", { retryAfterSeconds: FAULT_RETRY_AFTER_SECONDS });

/**
 * One HubSpot call: within the caller's deadline, paced by the user's share and the portal's
 * budget, each try bounded by the time left, retried where a retry can help (5xx, timeouts,
 * answers that do not parse, rate windows), answered as a typed value or an AppError.
 */
export async function callHubSpot<T>(ctx: PortalContext, req: UpstreamRequest<T>): Promise<T> {
  const env = serverEnv();
  const budget = portalBudget();
  const share = userShare();
  const url = `${env.HUBSPOT_API_BASE}${req.path}${req.query?.size ? `?${req.query}` : ""}`;
  const { deadline } = ctx;
  let token = await ctx.accessToken();
  let renewed = false;
  let faults = 0;
  let rateWaits = 0;
  /** A fault seen; retried after a backoff when time allows, else answered as `final`. */
  const fault = async (final: AppError): Promise<void> => {
    const pause = backoffMs(faults);
    if (faults >= MAX_FAULT_RETRIES || Date.now() + pause + MIN_TRY_MS > deadline) throw final;
    await sleep(pause);
    faults += 1;
  };

  /** How long a call queued now would wait: for this user's turn, then for the portal's. */
  const expectedWait = () => share.estimatedWaitMs(ctx.portalId, req.kind, ctx.userKey) + budget.estimatedWaitMs(ctx.portalId, req.kind);

  for (;;) {
    const left = deadline - Date.now();
    if (left < MIN_TRY_MS) throw timedOut();
    const wait = expectedWait();
    if (wait + MIN_TRY_MS > left) throw busy(wait);
    let started = 0;
    let outcome: Outcome;
    try {
      outcome = await share.schedule(
        ctx.portalId,
        req.kind,
        ctx.userKey,
        () =>
          budget.schedule(
            ctx.portalId,
            req.kind,
            () => {
              started = Date.now();
              return send(
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
                // Each try gets at most the time this request has left.
                Math.max(1, Math.min(env.HUBSPOT_TIMEOUT_MS, deadline - started)),
              );
            },
            deadline - MIN_TRY_MS,
          ),
        deadline - MIN_TRY_MS,
      );
    } catch (error) {
      if (error instanceof QueueDeadlineError) throw busy(expectedWait());
      throw error;
    }
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

    if (outcome.kind === "timeout") {
      await fault(timedOut());
      continue;
    }
    if (outcome.kind === "network" || outcome.status >= 500) {
      await fault(
        new AppError("UPSTREAM_FAULT", "HubSpot is not answering properly right now. Try again in a moment.", {
          retryAfterSeconds: FAULT_RETRY_AFTER_SECONDS,
          correlationId,
        }),
      );
      continue;
    }

    const { status, headers, text } = outcome;
    const json = parseJson(text);
    if (status >= 200 && status < 300) {
      if (headers.get("x-hubspot-ratelimit-remaining") === "0") budget.pause(ctx.portalId, req.kind, 1000);
      const parsed = json.ok ? req.schema.safeParse(json.value) : undefined;
      if (parsed?.success) return parsed.data;
      // A cut-off or garbled answer is a fault of the moment, like a 5xx: worth another try.
      log.warn({ op: req.op, portalId: ctx.portalId, correlationId, issues: parsed?.error.issues.slice(0, 3) ?? "not JSON" }, "unreadable HubSpot answer");
      await fault(
        new AppError("UPSTREAM_FAULT", "HubSpot sent an answer Goalboard could not read. Try again in a moment.", {
          retryAfterSeconds: FAULT_RETRY_AFTER_SECONDS,
          correlationId,
        }),
      );
      continue;
    }

    const body = readErrorBody(json.ok ? json.value : undefined);
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
      if (rateWaits < MAX_RATE_RETRIES && Date.now() + windowMs + MIN_TRY_MS < deadline) {
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
