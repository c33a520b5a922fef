import { OAUTH_CLIENTS, type OAuthClient } from "../../auth/clients";
import type { Reply } from "../../http/reply";
import { oauthError } from "./errors";

/** The app's credentials from a form body, as every OAuth call but the consent page sends them. */
export function authenticateClient(form: URLSearchParams, correlationId: string): { client: OAuthClient } | { reply: Reply } {
  const client = OAUTH_CLIENTS.get(form.get("client_id") ?? "");
  if (!client) return { reply: oauthError(correlationId, "BAD_CLIENT_ID", "missing or invalid client_id") };
  if (form.get("client_secret") !== client.clientSecret) return { reply: oauthError(correlationId, "BAD_CLIENT_SECRET", "missing or invalid client_secret") };
  return { client };
}

/** The date-versioned OAuth API and its `v3` alias share one shape. */
export const CURRENT_OAUTH = "(?:v3|\\d{4}-\\d{2})";
