import { randomUUID } from "node:crypto";
import { json, type Reply } from "./reply";

/**
 * HubSpot's error bodies. Every body carries status, message, correlationId and category; the
 * correlation id is the request's own, so it matches the X-HubSpot-Correlation-Id header.
 */
export interface ErrorDetail {
  message: string;
  code?: string;
  in?: string;
  context?: Record<string, string[]>;
}

export function hubspotError(
  status: number,
  correlationId: string,
  category: string,
  message: string,
  extra: Record<string, unknown> = {},
): Reply {
  return json(status, { status: "error", message, correlationId, category, ...extra });
}

export function validationError(correlationId: string, message: string, errors?: ErrorDetail[]): Reply {
  return hubspotError(400, correlationId, "VALIDATION_ERROR", message, errors ? { errors } : {});
}

export function objectNotFound(correlationId: string, id: string): Reply {
  return hubspotError(404, correlationId, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.", {
    context: { id: [id] },
  });
}

export function resourceNotFound(correlationId: string, message = "Resource not found"): Reply {
  return hubspotError(404, correlationId, "OBJECT_NOT_FOUND", message);
}

export function invalidAuthentication(correlationId: string): Reply {
  return hubspotError(
    401,
    correlationId,
    "INVALID_AUTHENTICATION",
    "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
  );
}

function ago(milliseconds: number): string {
  const seconds = Math.max(1, Math.floor(milliseconds / 1000));
  const units: Array<[string, number]> = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units) if (seconds >= size) return `${Math.floor(seconds / size)} ${unit}(s)`;
  return `${seconds} second(s)`;
}

export function expiredAuthentication(correlationId: string, expiredAt: number, now: number): Reply {
  return hubspotError(
    401,
    correlationId,
    "EXPIRED_AUTHENTICATION",
    `The OAuth token used to make this call expired ${ago(now - expiredAt)} ago.`,
    { context: { "expire time": [new Date(expiredAt).toISOString()] } },
  );
}

export function missingScopes(correlationId: string, scopes: string[]): Reply {
  return hubspotError(
    403,
    correlationId,
    "MISSING_SCOPES",
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      errors: [
        { message: "One or more of the following scopes are required.", context: { requiredGranularScopes: scopes } },
      ],
      links: { scopes: "https://developers.hubspot.com/scopes" },
    },
  );
}

export type RatePolicy = "TEN_SECONDLY_ROLLING" | "DAILY" | "SECONDLY";

const RATE_MESSAGES: Record<RatePolicy, string> = {
  TEN_SECONDLY_ROLLING: "You have reached your ten_secondly_rolling limit.",
  DAILY: "You have reached your daily limit.",
  // The official client retries search throttling by matching this exact text.
  SECONDLY: "You have reached your secondly limit.",
};

export function rateLimited(
  correlationId: string,
  policy: RatePolicy,
  groupName: string,
  headers?: Record<string, string>,
): Reply {
  return json(
    429,
    {
      status: "error",
      message: RATE_MESSAGES[policy],
      errorType: "RATE_LIMIT",
      correlationId,
      policyName: policy,
      requestId: randomUUID(),
      groupName,
      // HubSpot's documented 429 has no category; ours adds one so every error body has the same keys.
      category: "RATE_LIMITS",
    },
    headers,
  );
}

const SERVER_ERRORS: Record<number, [string, string]> = {
  500: ["INTERNAL_ERROR", "Internal error"],
  502: ["BAD_GATEWAY", "Bad gateway: the upstream service did not answer in time."],
  503: ["SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Please try again later."],
  504: ["GATEWAY_TIMEOUT", "Gateway timeout: the request took too long to process."],
};

export function serverError(correlationId: string, status: number): Reply {
  const [category, message] = SERVER_ERRORS[status] ?? SERVER_ERRORS[500];
  return hubspotError(status, correlationId, category, message);
}
