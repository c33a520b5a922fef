/**
 * Times the server's list views (lib/goals/views) over the bench's large portal, in one process
 * without HTTP or a browser: where a view's milliseconds go before any page shows them.
 *
 *   npx tsx bench/views-profile.ts [targets] [view]   # default 100,000 targets, every view
 *   npx tsx bench/views-profile.ts 100000 /timeline  # only the views whose label has "/timeline"
 *   node --cpu-prof --import tsx bench/views-profile.ts
 *
 * Each view runs cold (the first request of a held portal), again at once (warm), and at the next
 * minute (figures are taken at whole minutes, so that is what a viewer a minute later costs).
 */
import { performance } from "node:perf_hooks";
import { toTarget } from "../lib/goals/parse-target";
import type { Directory } from "../lib/goals/model";
import { WINDOW_ROWS } from "../lib/goals/views/answer";
import { goalListView } from "../lib/goals/views/goal-list";
import { modelOf, type PortalData } from "../lib/goals/views/portal";
import { goalListState, readState, targetListState, timelineState } from "../lib/goals/views/state";
import { targetListView } from "../lib/goals/views/target-list";
import { timelineView } from "../lib/goals/views/timeline";
import { seedPortals } from "../emulator/seed/portals";
import { DEMO_PORTAL_ID } from "../emulator/constants";

const size = Number(process.argv[2] ?? 100_000);
const only = process.argv[3] ?? "";
const now = new Date();
const seeded = seedPortals({ seed: 42, now, targets: size }).find((portal) => portal.profile.portalId === DEMO_PORTAL_ID)!;

const name = (first: string, last: string, email: string) => `${first} ${last}`.trim() || email;
const directory: Directory = {
  owners: seeded.directory.owners.map((o) => ({
    id: o.id,
    userId: o.userId === null ? null : String(o.userId),
    email: o.email,
    name: name(o.firstName, o.lastName, o.email),
    teamIds: o.teams.map((t) => t.id),
    archived: o.archived,
  })),
  users: seeded.directory.users.map((u) => ({
    id: u.id,
    email: u.email,
    name: name(u.firstName, u.lastName, u.email),
    primaryTeamId: u.primaryTeamId ?? null,
    secondaryTeamIds: u.secondaryTeamIds,
  })),
  teams: seeded.directory.teams.map((t) => ({ id: t.id, name: t.name, userIds: [...t.userIds, ...t.secondaryUserIds] })),
};

function time<T>(label: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  console.log(`${label.padEnd(48)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return value;
}

const records = seeded.targets.filter((record) => !record.archived);
const targets = time(`parse ${records.length} records`, () => records.map((record) => toTarget(record)));
const data: PortalData = {
  portalId: DEMO_PORTAL_ID,
  account: { portalId: DEMO_PORTAL_ID, timeZone: seeded.profile.timeZone, currency: seeded.profile.currency, utcOffset: "-05:00", uiDomain: null },
  directory,
  missingScopes: [],
  targets,
  skipped: 0,
  fetchedAt: now.toISOString(),
};
const model = time("model (group goals, index)", () => modelOf(data));
let at = Math.floor(Date.now() / 60_000) * 60_000;
const ready = { state: "ready" } as const;
const first = { offset: 0, limit: WINDOW_ROWS };

const views: Array<[string, () => unknown]> = [
  ["/goals default", () => goalListView(model, readState(goalListState, {}), first, at, ready)],
  ["/goals q=revenue", () => goalListView(model, readState(goalListState, { q: "revenue" }), first, at, ready)],
  ["/goals sort=name desc", () => goalListView(model, readState(goalListState, { dir: "desc" }), first, at, ready)],
  ["/goals sort=pace", () => goalListView(model, readState(goalListState, { sort: "pace" }), first, at, ready)],
  ["/targets default", () => targetListView(model, readState(targetListState, {}), first, at, ready)],
  ["/targets q=revenue", () => targetListView(model, readState(targetListState, { q: "revenue" }), first, at, ready)],
  ["/targets sort=name desc", () => targetListView(model, readState(targetListState, { sort: "name", dir: "desc" }), first, at, ready)],
  ["/targets sort=attainment", () => targetListView(model, readState(targetListState, { sort: "attainment" }), first, at, ready)],
  ["/timeline default", () => timelineView(model, readState(timelineState, {}), at, ready)],
  ["/timeline q=revenue", () => timelineView(model, readState(timelineState, { q: "revenue" }), at, ready)],
];
for (const pass of ["cold", "warm", "next minute"]) {
  if (pass === "next minute") at += 60_000;
  for (const [label, run] of views) if (label.includes(only)) time(`${pass} ${label}`, run);
}
