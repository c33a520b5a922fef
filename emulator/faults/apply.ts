import type { Grant } from "../auth/tokens";
import {
  expiredAuthentication,
  invalidAuthentication,
  missingScopes,
  rateLimited,
  serverError,
  type RatePolicy,
} from "../http/errors";
import type { Reply } from "../http/reply";
import type { Lifecycle } from "../lifecycle";
import { rateLimitGroup } from "../limits/group-name";
import type { FaultRule } from "./rules";

/** What the server should do with a request. */
export type Outcome =
  | { kind: "reply"; reply: Reply; malformed?: boolean }
  /** Destroy the socket without an answer. */
  | { kind: "reset" }
  /** Never answer; the socket stays open until the client gives up or the emulator closes. */
  | { kind: "hang" };

export interface FaultTarget {
  correlationId: string;
  grant?: Grant;
  portalId?: number;
  /** Scope named in a 403 when the rule names none. */
  scope?: string;
  search: boolean;
  /** Gives back the rate budget of a request answered 429; returns the headers to send. */
  refund(): Record<string, string>;
  headers: Record<string, string>;
  run(): Promise<Reply>;
}

function statusReply(rule: FaultRule, target: FaultTarget): Reply {
  const { correlationId } = target;
  switch (rule.status) {
    case 429: {
      const policy: RatePolicy = rule.policyName ?? (target.search ? "SECONDLY" : "TEN_SECONDLY_ROLLING");
      return rateLimited(correlationId, policy, rateLimitGroup(target.grant, target.portalId, policy), target.refund());
    }
    case 401:
      // Only OAuth tokens expire; a private-app token can merely be unknown (revoked or rotated).
      return target.grant?.kind === "oauth"
        ? expiredAuthentication(correlationId, Date.now() - 1000, Date.now())
        : invalidAuthentication(correlationId);
    case 403:
      return { ...missingScopes(correlationId, [rule.scope ?? target.scope ?? "oauth"]), headers: target.headers };
    default:
      return { ...serverError(correlationId, rule.status ?? 500), headers: target.headers };
  }
}

export async function applyFault(rule: FaultRule, target: FaultTarget, lifecycle: Lifecycle): Promise<Outcome> {
  if (rule.latencyMs) await lifecycle.delay(rule.latencyMs);
  if (rule.reset) return { kind: "reset" };
  if (rule.hang) return { kind: "hang" };
  if (rule.status) {
    const reply = statusReply(rule, target);
    if (rule.retryAfterSeconds !== undefined) reply.headers = { ...reply.headers, "Retry-After": String(rule.retryAfterSeconds) };
    return { kind: "reply", reply };
  }
  const reply = await target.run();
  if (rule.malformedJson) return { kind: "reply", reply: { ...reply, status: 200 }, malformed: true };
  return { kind: "reply", reply };
}
