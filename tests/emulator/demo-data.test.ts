import { describe, expect, it } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { startEmulator } from "@/emulator/server";
import { admin, allTargets, emulatorPerFile, type WireTarget } from "./helpers";

const NOW = new Date("2026-05-14T15:30:00Z");
const emulator = emulatorPerFile({ now: NOW });

const ms = (value: string | null) => Date.parse(value!);
const family = (targets: WireTarget[], name: string) => targets.filter((t) => t.properties.hs_goal_name === name);

interface Directory {
  owners: Array<{ id: string; userId: number | null; email: string; archived: boolean; teams: Array<{ id: string; primary: boolean }> }>;
  users: Array<{ id: string; email: string; primaryTeamId?: string }>;
  teams: Array<{ id: string; name: string; userIds: string[] }>;
}

describe("Northwind demo portal", () => {
  it("has the current-year revenue quota: 12 inclusive monthly slices for 8 reps, half by owner, half by user only", async () => {
    const quota = family(await allTargets(emulator.current), "2026 Annual Revenue Quota");
    expect(quota).toHaveLength(96);
    const groups = new Map<string, WireTarget[]>();
    for (const t of quota) groups.set(t.properties.hs_goal_target_group_id!, [...(groups.get(t.properties.hs_goal_target_group_id!) ?? []), t]);
    expect(groups.size).toBe(8);
    expect(new Set(quota.map((t) => t.properties.hs_group_correlation_uuid)).size).toBe(1);
    for (const t of quota) {
      expect(t.properties).toMatchObject({ hs_goal_type: "sales_quota", hs_milestone: "monthly", hs_currency: "USD", hs_kpi_progress_percent: null });
      expect(t.properties.hs_target_amount).toMatch(/^\d+\.00$/);
      expect(t.properties.hs_end_datetime).toMatch(/T23:59:59\.999Z$/);
    }
    const starts = [...new Set(quota.map((t) => t.properties.hs_start_datetime))].sort();
    expect(starts[0]).toBe("2026-01-01T00:00:00.000Z");
    expect(starts[11]).toBe("2026-12-01T00:00:00.000Z");
    const byOwner = quota.filter((t) => t.properties.hubspot_owner_id !== null);
    const byUserOnly = quota.filter((t) => t.properties.hubspot_owner_id === null && t.properties.hs_assignee_user_id !== null);
    expect(byOwner).toHaveLength(48);
    expect(byUserOnly).toHaveLength(48);
  });

  it("has progress only on started slices, with reps ahead, behind and without data", async () => {
    const quota = family(await allTargets(emulator.current), "2026 Annual Revenue Quota");
    for (const t of quota) if (ms(t.properties.hs_start_datetime) > NOW.getTime()) expect(t.properties.hs_kpi_value).toBeNull();
    const april = quota.filter((t) => t.properties.hs_start_datetime === "2026-04-01T00:00:00.000Z");
    const ratios = april.map((t) => (t.properties.hs_kpi_value === null ? null : Number(t.properties.hs_kpi_value) / Number(t.properties.hs_target_amount)));
    expect(ratios).toContain(null);
    expect(ratios.some((r) => r !== null && r > 1.05)).toBe(true);
    expect(ratios.some((r) => r !== null && r < 0.8)).toBe(true);
    const may = quota.filter((t) => t.properties.hs_start_datetime === "2026-05-01T00:00:00.000Z" && t.properties.hs_kpi_value !== null);
    expect(may.length).toBeGreaterThan(0);
    expect(may.every((t) => t.properties.hs_outcome === "in_progress")).toBe(true);
  });

  it("has quarterly team goals with exclusive-looking ends across past, current and future quarters", async () => {
    const team = (await allTargets(emulator.current)).filter((t) => t.properties.hs_assignee_team_id !== null);
    expect(team.length).toBeGreaterThanOrEqual(6);
    for (const t of team) {
      expect(t.properties.hs_milestone).toBe("quarterly");
      expect(t.properties.hs_end_datetime).toMatch(/T00:00:00\.000Z$/);
      expect(t.properties.hs_participant_type).toBe("teams");
    }
    expect(team.some((t) => ms(t.properties.hs_end_datetime) <= NOW.getTime())).toBe(true);
    expect(team.some((t) => ms(t.properties.hs_start_datetime) <= NOW.getTime() && ms(t.properties.hs_end_datetime) > NOW.getTime())).toBe(true);
    expect(team.some((t) => ms(t.properties.hs_start_datetime) > NOW.getTime())).toBe(true);
  });

  it("has weekly calls around now and a lower-is-better ticket response goal", async () => {
    const targets = await allTargets(emulator.current);
    const calls = family(targets, "Weekly Calls Made");
    expect(new Set(calls.map((t) => t.properties.hs_start_datetime)).size).toBe(13);
    expect(calls.every((t) => t.properties.hs_goal_type === "calls_made" && t.properties.hs_milestone === "weekly")).toBe(true);
    expect(calls.some((t) => ms(t.properties.hs_start_datetime) <= NOW.getTime() && ms(t.properties.hs_end_datetime) >= NOW.getTime())).toBe(true);
    const tickets = family(targets, "Ticket Response Time");
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets[0].properties).toMatchObject({
      hs_goal_type: "average_ticket_response_time",
      hs_kpi_tracking_method: "LOWER_IS_BETTER",
      hs_kpi_metric_type: "AVG",
      hs_kpi_unit_type: "duration",
      hs_kpi_display_unit: "hour",
    });
  });

  it("has an ended, an upcoming, an archived family and a standalone target", async () => {
    const targets = await allTargets(emulator.current);
    const ended = family(targets, "Q4 2025 Meetings Booked");
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((t) => ms(t.properties.hs_end_datetime) < NOW.getTime())).toBe(true);
    const upcoming = family(targets, "2027 New Logo Deals");
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((t) => ms(t.properties.hs_start_datetime) > NOW.getTime() && t.properties.hs_kpi_value === null)).toBe(true);
    const archived = await allTargets(emulator.current, 4000001, true);
    expect(new Set(archived.map((t) => t.properties.hs_group_correlation_uuid)).size).toBe(1);
    const standalone = targets.filter((t) => t.properties.hs_group_correlation_uuid === null);
    expect(standalone).toHaveLength(1);
    expect(standalone[0].properties.hs_goal_target_group_id).toBeNull();
  });

  it("uses distinct-looking numeric ids and consistent owners, users and teams", async () => {
    const targets = await allTargets(emulator.current);
    const { body: dir } = await admin<Directory>(emulator.current, "/portals/4000001/directory");
    expect(targets.every((t) => /^\d{10}$/.test(t.id))).toBe(true);
    expect(targets.filter((t) => t.properties.hs_goal_target_group_id).every((t) => /^9\d{8}$/.test(t.properties.hs_goal_target_group_id!))).toBe(true);
    expect(dir.owners.every((o) => /^1\d{8}$/.test(o.id))).toBe(true);
    expect(dir.users.every((u) => /^6\d{7}$/.test(u.id))).toBe(true);
    expect(dir.teams.every((t) => /^4\d{6}$/.test(t.id))).toBe(true);
    expect(dir.teams.map((t) => t.name)).toEqual(["East Sales", "West Sales", "Customer Support"]);
    const userIds = new Set(dir.users.map((u) => u.id));
    const activeOwners = dir.owners.filter((o) => !o.archived);
    expect(activeOwners.length).toBeGreaterThanOrEqual(13);
    expect(activeOwners.every((o) => userIds.has(String(o.userId)))).toBe(true);
    const ownerUserIds = new Set(activeOwners.map((o) => String(o.userId)));
    expect(dir.users.filter((u) => !ownerUserIds.has(u.id)).length).toBe(2);
    for (const t of targets) {
      if (t.properties.hubspot_owner_id) expect(activeOwners.some((o) => o.id === t.properties.hubspot_owner_id)).toBe(true);
      if (t.properties.hs_assignee_user_id) expect(userIds.has(t.properties.hs_assignee_user_id)).toBe(true);
      if (t.properties.hs_assignee_team_id) expect(dir.teams.some((team) => team.id === t.properties.hs_assignee_team_id)).toBe(true);
    }
  });
});

describe("Contoso portal", () => {
  it("has its own clearly named goals on an April fiscal year in EUR", async () => {
    const targets = await allTargets(emulator.current, 4000002);
    expect(targets.every((t) => t.properties.hs_goal_name!.startsWith("Contoso"))).toBe(true);
    expect(targets.every((t) => t.properties.hs_fiscal_year_offset === "3")).toBe(true);
    const quota = targets.filter((t) => t.properties.hs_goal_type === "sales_quota");
    expect(quota.map((t) => t.properties.hs_start_datetime).sort()[0]).toBe("2026-04-01T00:00:00.000Z");
    expect(quota.every((t) => t.properties.hs_currency === "EUR")).toBe(true);
    const { body: dir } = await admin<Directory>(emulator.current, "/portals/4000002/directory");
    expect(dir.teams).toHaveLength(2);
    expect(dir.owners.length).toBeGreaterThanOrEqual(4);
  });
});

describe("seeding", () => {
  it("is deterministic for a seed and `now`, and differs for another seed", async () => {
    const same = await startEmulator({ quiet: true, now: NOW });
    const other = await startEmulator({ quiet: true, now: NOW, seed: 7 });
    try {
      const fetchTargets = async (url: string) => (await (await fetch(`${url}/__emulator/portals/4000001/targets`)).json()) as WireTarget[];
      const mine = await fetchTargets(emulator.current.url);
      expect(await fetchTargets(same.url)).toEqual(mine);
      const theirs = await fetchTargets(other.url);
      expect(theirs.map((t) => t.id)).not.toEqual(mine.map((t) => t.id));
      expect(theirs.length).toBe(mine.length);
    } finally {
      await Promise.all([same.close(), other.close()]);
    }
  });

  it("pads the demo portal to 10,000+ targets", async () => {
    const big = await startEmulator({ quiet: true, targets: 12_000 });
    try {
      const [demo, contoso] = (await (await fetch(`${big.url}/__emulator/portals`)).json()) as Array<{ targets: number }>;
      expect(demo.targets).toBeGreaterThanOrEqual(12_000);
      expect(demo.targets).toBeLessThan(12_200);
      expect(contoso.targets).toBeLessThan(100);
      // Search reaches only the first 10,000 results, whatever the total.
      const last = (await (
        await fetch(`${big.url}/crm/v3/objects/goal_targets/search`, {
          method: "POST",
          headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({ limit: 200, after: "9900" }),
        })
      ).json()) as { total: number; results: unknown[]; paging?: unknown };
      expect(last.total).toBe(demo.targets);
      expect(last.results).toHaveLength(100);
      expect(last.paging).toBeUndefined();
    } finally {
      await big.close();
    }
  });
});
