import { E2E } from "../ports";
import { forgetSessions } from "./sign-in";

/** The emulator's admin API (never counted as HubSpot calls): faults, counters, fixtures. */
async function admin<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(`${E2E.emulatorUrl}/__emulator${path}`, {
    method: init?.method ?? (init?.body === undefined ? "GET" : "POST"),
    headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`emulator admin ${path}: ${res.status} ${await res.text()}`);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface PortalSummary {
  portalId: number;
  name: string;
  /** What token introspection reports as `hub_domain`. */
  hubDomain: string;
  timeZone: string;
  currency: string;
  targets: number;
  archivedTargets: number;
  families: number;
  users: { id: string; email: string; name: string }[];
}

export interface RawTarget {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface CallCounts {
  total: number;
  byPortal: Record<string, { total: number; byRoute: Record<string, number>; byStatus: Record<string, number>; byVersion: Record<string, number> }>;
}

export interface IssuedTokens {
  accessTokens: string[];
  refreshTokens: string[];
  details: { access: { token: string; expired: boolean }[]; refresh: { token: string; revoked: boolean }[] };
}

export interface Fault {
  portalId?: number;
  route?: string;
  status?: 401 | 403 | 429 | 500 | 502 | 503 | 504;
  times?: number | null;
  latencyMs?: number;
  hang?: boolean;
  reset?: boolean;
  malformedJson?: boolean;
  policyName?: "TEN_SECONDLY_ROLLING" | "DAILY";
  retryAfterSeconds?: number;
  scope?: string;
}

export const emulator = {
  portals: () => admin<PortalSummary[]>("/portals"),
  targets: (portalId: number, archived = false) => admin<RawTarget[]>(`/portals/${portalId}/targets?archived=${archived}`),
  directory: (portalId: number) =>
    admin<{ owners: unknown[]; users: { id: string; email: string; firstName: string; lastName: string }[]; teams: { id: string; name: string }[] }>(
      `/portals/${portalId}/directory`,
    ),
  pipelines: (portalId: number) => admin<Record<string, { id: string; label: string }[]>>(`/portals/${portalId}/pipelines`),
  calls: () => admin<CallCounts>("/calls"),
  resetCalls: () => admin<void>("/calls/reset", { body: {} }),
  fault: (fault: Fault) => admin<void>("/faults", { body: fault }),
  clearFaults: () => admin<void>("/faults", { method: "DELETE" }),
  // Sessions signed in before hold tokens these two change: the next sign-in of each user goes through HubSpot.
  expireTokens: (selector: { portalId?: number; accessToken?: string }) => (forgetSessions(), admin<void>("/tokens/expire", { body: selector })),
  tokens: (portalId?: number) => admin<IssuedTokens>(`/tokens${portalId ? `?portalId=${portalId}` : ""}`),
  limits: (limits: { tenSecondly?: number; searchPerSecond?: number }) => admin<void>("/limits", { body: limits }),
  reset: () => (forgetSessions(), admin<void>("/reset", { body: {} })),
  writeRule: (rule: { kind: "family"; portalId: number; goalId: string; message?: string } | { kind: "validation"; portalId: number; property: string; targetIds?: string[]; message?: string }) =>
    admin<void>("/write-rules", { body: rule }),
  clearWriteRules: () => admin<void>("/write-rules", { method: "DELETE" }),
};

/** Upstream calls a portal received since the last reset, optionally for one route. */
export async function callsFor(portalId: number, route?: string): Promise<number> {
  const counts = await emulator.calls();
  const portal = counts.byPortal[String(portalId)];
  if (!portal) return 0;
  return route ? (portal.byRoute[route] ?? 0) : portal.total;
}
