import { AppError } from "@/lib/contracts/errors";
import { errorBody, type HubSpotErrorBody } from "./schemas";

export function readErrorBody(json: unknown): HubSpotErrorBody {
  const parsed = errorBody.safeParse(json);
  return parsed.success ? parsed.data : {};
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date), if HubSpot sent one. */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const raw = headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function missingScope(body: HubSpotErrorBody, fallbackScope: string, correlationId?: string): AppError {
  const named = body.errors?.flatMap((e) => e.context?.requiredGranularScopes ?? e.context?.requiredScopes ?? []);
  const scope = named?.[0] ?? fallbackScope;
  return new AppError(
    "MISSING_SCOPE",
    `Goalboard needs the HubSpot scope "${scope}" for this. Ask a HubSpot super admin to reinstall Goalboard with that scope granted, then sign in again.`,
    { scope, correlationId },
  );
}

export function isDailyLimit(body: HubSpotErrorBody): boolean {
  return body.policyName === "DAILY" || /daily limit/i.test(body.message ?? "");
}

export function isSecondlySearchLimit(body: HubSpotErrorBody): boolean {
  return /secondly limit/i.test(body.message ?? "") && body.policyName !== "TEN_SECONDLY_ROLLING";
}
