import type { Grant } from "../auth/tokens";
import type { RatePolicy } from "../http/errors";

/** The `groupName` of a 429 body, shaped like HubSpot's `publicapi:<app kind>-api-calls-<window>:<appId>:<portalId>`. */
export function rateLimitGroup(grant: Grant | undefined, portalId: number | undefined, policy: RatePolicy): string {
  const app = grant?.kind === "private" ? "private_app" : "oauth_app";
  const window = { TEN_SECONDLY_ROLLING: "ten-secondly", DAILY: "daily", SECONDLY: "search-secondly" }[policy];
  return `publicapi:${app}-api-calls-${window}:${grant?.appId ?? 0}:${portalId ?? 0}`;
}
