/**
 * The errors Goalboard's API can answer with. Every route maps failures to one of these, so the
 * browser sees `{ error: { code, message } }` with a status that says what to do next.
 */
export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  MISSING_SCOPE: 403,
  CROSS_SITE: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  /** A write based on a version HubSpot no longer holds. */
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  DAILY_LIMIT: 429,
  UPSTREAM_BUSY: 503,
  UPSTREAM_FAULT: 502,
  UPSTREAM_TIMEOUT: 504,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Seconds until trying again makes sense (also sent as `Retry-After`). */
    retryAfterSeconds?: number;
    /** For MISSING_SCOPE: the HubSpot scope to grant. */
    scope?: string;
    /** HubSpot's correlation id, for support requests. */
    correlationId?: string;
  };
}

/**
 * Marks an AppError whichever copy of this module made it: Next.js bundles server code more than
 * once, and a load one bundle started (an API request) may fail into another (a page awaiting the
 * same shared load), where a plain `instanceof` would not know the other copy's class.
 */
const APP_ERROR = Symbol.for("goalboard.app-error");

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  readonly status: number;

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && APP_ERROR in value;
  }

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { retryAfterSeconds?: number; scope?: string; correlationId?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_STATUS[code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const badInput = (message: string) => new AppError("BAD_INPUT", message);
export const notFound = (message: string) => new AppError("NOT_FOUND", message);
