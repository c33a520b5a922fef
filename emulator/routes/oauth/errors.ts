import { json, type Reply } from "../../http/reply";

export type OAuthStatus =
  | "BAD_AUTH_CODE"
  | "BAD_REFRESH_TOKEN"
  | "BAD_CLIENT_ID"
  | "BAD_CLIENT_SECRET"
  | "BAD_REDIRECT_URI"
  | "BAD_GRANT_TYPE"
  | "BAD_REQUEST";

const RFC_ERROR: Record<OAuthStatus, string> = {
  BAD_AUTH_CODE: "invalid_grant",
  BAD_REFRESH_TOKEN: "invalid_grant",
  BAD_REDIRECT_URI: "invalid_grant",
  BAD_CLIENT_ID: "invalid_client",
  BAD_CLIENT_SECRET: "invalid_client",
  BAD_GRANT_TYPE: "unsupported_grant_type",
  BAD_REQUEST: "invalid_request",
};

/** HubSpot's OAuth error (every version): its own status code plus the RFC 6749 `error` fields. */
export function oauthError(correlationId: string, status: OAuthStatus, message: string): Reply {
  return json(400, {
    status,
    message,
    correlationId,
    category: "VALIDATION_ERROR",
    error: RFC_ERROR[status],
    error_description: message,
  });
}
