import type { LatencyPreset, LatencyProfile } from "../emulator/latency";

/** The emulator's test-only admin API: record counts, directory sizes, upstream call counters and latency. */
export interface PortalCalls {
  total: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface PortalSummary {
  portalId: number;
  targets: number;
  families: number;
  users: { id: string; email: string; name: string }[];
}

export class EmulatorAdmin {
  constructor(private readonly url: string) {}

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const res = await fetch(`${this.url}/__emulator${path}`, init);
    if (!res.ok) throw new Error(`emulator admin ${path}: ${res.status}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  async portal(portalId: number): Promise<PortalSummary> {
    const all = await this.json<PortalSummary[]>("/portals");
    const found = all.find((p) => p.portalId === portalId);
    if (!found) throw new Error(`emulator has no portal ${portalId}`);
    return found;
  }

  /** Live targets with only the properties named (null where empty). */
  targets(portalId: number, properties: string[]): Promise<{ id: string; properties: Record<string, string | null> }[]> {
    return this.json(`/portals/${portalId}/targets?archived=false&properties=${properties.join(",")}`);
  }

  /** Live target ids in HubSpot's id order. */
  async targetIds(portalId: number): Promise<string[]> {
    const records = await this.json<{ id: string }[]>(`/portals/${portalId}/targets?archived=false&properties=hs_object_id`);
    return records.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
  }

  /** Goal families (hs_group_correlation_uuid) with a period running now, and the goal types they belong to. */
  async runningGoals(portalId: number): Promise<{ ids: string[]; types: string[] }> {
    const records = await this.json<{ properties: { [name: string]: string | null } }[]>(`/portals/${portalId}/targets?archived=false`);
    const now = Date.now();
    const running = records.filter((r) => {
      const { hs_group_correlation_uuid: uuid, hs_start_datetime: start, hs_end_datetime: end } = r.properties;
      return uuid && start && end && Date.parse(start) <= now && now < Date.parse(end);
    });
    return {
      ids: [...new Set(running.map((r) => r.properties.hs_group_correlation_uuid as string))],
      types: [...new Set(running.map((r) => r.properties.hs_goal_type).filter((t): t is string => Boolean(t)))],
    };
  }

  async directorySizes(portalId: number): Promise<{ owners: number; users: number; teams: number }> {
    const d = await this.json<{ owners: unknown[]; users: unknown[]; teams: unknown[] }>(`/portals/${portalId}/directory`);
    return { owners: d.owners.length, users: d.users.length, teams: d.teams.length };
  }

  async calls(portalId: number): Promise<PortalCalls> {
    const snapshot = await this.json<{ byPortal: Record<string, PortalCalls> }>("/calls");
    return snapshot.byPortal[String(portalId)] ?? { total: 0, byRoute: {}, byStatus: {} };
  }

  resetCalls(): Promise<void> {
    return this.json("/calls/reset", { method: "POST" });
  }

  /** Round trips the emulator adds to HubSpot calls from now on. */
  setLatency(preset: LatencyPreset): Promise<LatencyProfile> {
    return this.json("/latency", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ preset }) });
  }
}

/** Upstream calls that fetch goal targets, versus owner/user/team/account look-ups; OAuth is neither. */
export function splitCalls(calls: PortalCalls): { targetList: number; lookups: number; oauth: number; rateLimited: number } {
  let targetList = 0;
  let lookups = 0;
  let oauth = 0;
  for (const [route, n] of Object.entries(calls.byRoute)) {
    if (route.startsWith("goal_targets.")) targetList += n;
    else if (route.startsWith("oauth.")) oauth += n;
    else lookups += n;
  }
  return { targetList, lookups, oauth, rateLimited: calls.byStatus["429"] ?? 0 };
}
