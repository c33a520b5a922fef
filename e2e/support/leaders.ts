import type { Locator } from "@playwright/test";
import { emulator, type RawTarget } from "./emulator";
import { figuresOf, percentText, periodsOf, type Figures } from "./figures";
import { DEMO_PORTAL } from "./sign-in";

/**
 * Leaderboards worked out from the emulator's raw records and directory for the demo portal (sum
 * goals, higher is better), by the definitions /help gives: the pages must show the same order.
 */

const ZONE = "America/New_York";
const SUM = { average: false, lowerIsBetter: false };

export interface Person {
  name: string;
  /** Assigned as a team (a team goal), not as a person. */
  team: boolean;
  teams: string[];
  targets: RawTarget[];
}

/** Everyone assigned in these records, by name, with their teams (by owner, whether HubSpot assigned them by owner or user id). */
export async function people(records: RawTarget[]): Promise<Map<string, Person>> {
  const directory = (await emulator.directory(DEMO_PORTAL)) as unknown as {
    owners: { id: string; userId: number | null; firstName: string; lastName: string; teams?: { name: string }[] }[];
    teams: { id: string; name: string }[];
  };
  const byId = new Map<string, { name: string; teams: string[] }>();
  for (const o of directory.owners) {
    const person = { name: `${o.firstName} ${o.lastName}`, teams: (o.teams ?? []).map((t) => t.name) };
    byId.set(o.id, person);
    if (o.userId !== null) byId.set(String(o.userId), person);
  }
  for (const t of directory.teams) byId.set(t.id, { name: t.name, teams: [] });
  const out = new Map<string, Person>();
  for (const record of records) {
    const p = record.properties;
    const who = byId.get(p.hs_assignee_team_id ?? p.hubspot_owner_id ?? p.hs_assignee_user_id ?? "")!;
    const entry = out.get(who.name) ?? { name: who.name, team: p.hs_assignee_team_id !== null, teams: who.teams, targets: [] };
    entry.targets.push(record);
    out.set(who.name, entry);
  }
  return out;
}

export interface Ranked {
  name: string;
  rank: number | null;
  score: number | null;
  f: Figures;
}

/** Best first by the score; the unranked (no score) after, by name. */
export function rank(entries: { name: string; targets: RawTarget[] }[], at: number, by: "attainment" | "pace"): Ranked[] {
  const scored = entries.map((e) => {
    const f = figuresOf(periodsOf(e.targets, ZONE), at, SUM);
    const score = by === "attainment" ? f.attainment : f.actual !== null && f.expected ? f.actual / f.expected : null;
    return { name: e.name, f, score };
  });
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => b.score! - a.score! || a.name.localeCompare(b.name));
  const unranked = scored.filter((s) => s.score === null).sort((a, b) => a.name.localeCompare(b.name));
  return [...ranked.map((s, i) => ({ ...s, rank: i + 1 })), ...unranked.map((s) => ({ ...s, rank: null }))];
}

/** The instant before the latest period start among these records: when the previous period closed. */
export function previousClose(records: RawTarget[], now: number): number {
  return Math.max(...periodsOf(records, ZONE).map((p) => p.start).filter((start) => start <= now)) - 1;
}

export async function rows(table: Locator) {
  return table.getByTestId("leader-row").evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.getAttribute("data-name"),
      rank: tr.getAttribute("data-rank"),
      movement: tr.querySelector("[data-testid=movement]")?.getAttribute("data-movement") ?? "",
      score: tr.querySelector("[data-testid=leader-score]")?.textContent ?? null,
    })),
  );
}

export function expectedRows(now: Ranked[], before: Ranked[]) {
  const then = new Map(before.map((r) => [r.name, r.rank]));
  return now.map((r) => {
    const previous = then.get(r.name) ?? null;
    return {
      name: r.name,
      rank: r.rank === null ? "" : String(r.rank),
      movement: r.rank === null ? "" : previous === null ? "new" : String(previous - r.rank),
      score: r.score === null ? null : percentText(r.score, r.f, false, false),
    };
  });
}
