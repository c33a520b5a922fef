import { emulator, type RawTarget } from "./emulator";
import { assigneeKeyOf, endOf, expectedGoals, ownersByUserId } from "./expected";
import { calendar } from "./figures";

/**
 * What /timeline should show for a view, worked out from the emulator's raw records without
 * Goalboard's code (which is what is being checked). The seeded bounds are calendar dates (UTC
 * midnight standing for that date in the portal's zone), so ranges, periods and buckets are kept
 * as "YYYY-MM-DD" days, compared as strings; they become instants only to be compared with now.
 */

export interface TimelineView {
  preset: "this-month" | "this-quarter" | "this-year" | "last-year" | "custom";
  /** Custom range: first and last day, inclusive. */
  from?: string;
  to?: string;
  bucket?: "week" | "month" | "quarter";
  group?: "team" | "assignee";
  level?: "people" | "teams";
}

/** A span of days: `start` is the first, `end` the day after the last. */
interface Days {
  start: string;
  end: string;
}

/** Goal bars drawn before "show more", and assignee bars under one goal before "and N more". */
const GOAL_PAGE = 40;
const ASSIGNEES_SHOWN = 25;
/** Stacks a period chart draws before the smallest fold into "Other"; the demo never has that many. */
const MAX_STACKS = 12;
/** Periods a chart draws before its buckets get a size coarser. */
const MAX_PERIODS = 60;

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
const partsOf = (d: string) => {
  const [year, month, date] = d.split("-").map(Number);
  return { year, month: month - 1, date };
};
const addDays = (d: string, n: number) => {
  const { year, month, date } = partsOf(d);
  return day(year, month, date + n);
};
const mod = (n: number, m: number) => ((n % m) + m) % m;
const overlaps = (a: Days, b: Days) => a.start < b.end && b.start < a.end;

/** The days from one instant to another; this helper reads only bounds at UTC midnight (an inclusive end just before it), as the demo stores them. */
function days(start: number, end: number): Days {
  if (start % 86_400_000 !== 0 || end % 86_400_000 !== 0) throw new Error(`${new Date(start).toISOString()}–${new Date(end).toISOString()} is not a span of calendar dates`);
  return { start: new Date(start).toISOString().slice(0, 10), end: new Date(end).toISOString().slice(0, 10) };
}
const daysOf = (t: RawTarget) => days(Date.parse(t.properties.hs_start_datetime!), endOf(t));

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** Today's date in the zone. */
const todayIn = (timeZone: string, now: number) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** The view's days: a preset's month, fiscal quarter or fiscal year around today, or the custom days. */
function rangeOf(view: TimelineView, today: string, fiscal: number): Days {
  if (view.preset === "custom") return { start: view.from!, end: addDays(view.to!, 1) };
  const { year, month } = partsOf(today);
  const [back, months] = {
    "this-month": [0, 1],
    "this-quarter": [mod(month - fiscal, 3), 3],
    "this-year": [mod(month - fiscal, 12), 12],
    "last-year": [mod(month - fiscal, 12) + 12, 12],
  }[view.preset];
  return { start: day(year, month - back, 1), end: day(year, month - back + months, 1) };
}

/** The range cut at Mondays, month starts or fiscal quarter starts; the first and last cut to the range. */
function bucketsOf(range: Days, size: NonNullable<TimelineView["bucket"]>, fiscal: number): Days[] {
  const { year, month, date } = partsOf(range.start);
  const weekday = new Date(`${range.start}T00:00:00Z`).getUTCDay();
  const first = { week: day(year, month, date - mod(weekday - 1, 7)), month: day(year, month, 1), quarter: day(year, month - mod(month - fiscal, 3), 1) }[size];
  const buckets: Days[] = [];
  for (let start = first; start < range.end; ) {
    const s = partsOf(start);
    const next = size === "week" ? day(s.year, s.month, s.date + 7) : day(s.year, s.month + (size === "month" ? 1 : 3), 1);
    buckets.push({ start: start < range.start ? range.start : start, end: next > range.end ? range.end : next });
    start = next;
  }
  if (buckets.length > MAX_PERIODS && size !== "quarter") return bucketsOf(range, size === "week" ? "month" : "quarter", fiscal);
  return buckets;
}

interface RawDirectory {
  owners: { id: string; userId: number | null; firstName: string; lastName: string; teams?: { id: string }[] }[];
  users: { id: string; firstName: string; lastName: string; primaryTeamId?: string | null }[];
  teams: { id: string; name: string }[];
}

/** Everything the timeline draws for a view of a portal's live goals, as of `now`. */
export async function expectedTimeline(portalId: number, view: TimelineView, now = Date.now()) {
  const [records, directory, goals, portals] = await Promise.all([
    emulator.targets(portalId),
    emulator.directory(portalId) as unknown as Promise<RawDirectory>,
    expectedGoals(portalId),
    emulator.portals(),
  ]);
  const timeZone = portals.find((p) => p.portalId === portalId)!.timeZone;
  const at = (d: string) => calendar(Date.parse(`${d}T00:00:00Z`), timeZone);

  // The portal's fiscal year: the offset most of its targets carry.
  const offsets = new Map<number, number>();
  for (const t of records) {
    const offset = Number(t.properties.hs_fiscal_year_offset ?? 0);
    offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
  }
  const fiscal = [...offsets].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;

  const range = rangeOf(view, todayIn(timeZone, now), fiscal);
  const buckets = bucketsOf(range, view.bucket ?? "month", fiscal);

  // Goal bars: goals meeting the range, earliest first, then by name.
  const shown = goals
    .filter((g) => overlaps(days(g.start, g.end), range))
    .sort((a, b) => a.start - b.start || a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : 1));

  // Expanded, each goal on the first page has a row per schedule (up to 25); a row's stretches are
  // the runs of days of the goal's visible span its targets cover, and the runs they leave open.
  let assigneeRows = 0;
  let gaps = 0;
  let marks = 0;
  for (const goal of shown.slice(0, GOAL_PAGE)) {
    const schedules = groupBy(goal.targets, (t) => t.properties.hs_goal_target_group_id ?? t.id);
    if (schedules.size > ASSIGNEES_SHOWN) throw new Error(`${goal.name}: more assignees than one goal shows; this helper does not count "and N more"`);
    const goalDays = days(goal.start, goal.end);
    const span = { start: goalDays.start > range.start ? goalDays.start : range.start, end: goalDays.end < range.end ? goalDays.end : range.end };
    marks += 1;
    for (const targets of schedules.values()) {
      assigneeRows++;
      const periods = targets.map(daysOf);
      let runs = 0;
      let previous: boolean | null = null;
      for (let d = span.start; d < span.end; d = addDays(d, 1)) {
        const covered = periods.some((p) => p.start <= d && d < p.end);
        if (covered !== previous) {
          runs++;
          if (!covered) gaps++;
          previous = covered;
        }
      }
      marks += runs;
    }
  }

  // The period chart: the targets meeting the range of the first money goal type, at one level
  // (people's targets, or team goals), stacked by team or by assignee.
  const inRange = shown.flatMap((g) => g.targets).filter((t) => overlaps(daysOf(t), range));
  const types = [...new Set(inRange.filter((t) => t.properties.hs_kpi_unit_type === "currency").map((t) => t.properties.hs_goal_type!))].sort();
  if (types.length === 0) throw new Error("no money goal in range; this helper does not pick another goal type");
  const ofType = inRange.filter((t) => t.properties.hs_goal_type === types[0]);
  const ownerByUser = ownersByUserId(directory);
  const who = (t: RawTarget) => assigneeKeyOf(t, ownerByUser);
  const levelOf = (t: RawTarget) => (who(t).startsWith("team:") ? "teams" : "people");
  const levels = new Set(ofType.map(levelOf));
  const level = view.level && levels.has(view.level) ? view.level : levels.has("people") ? "people" : "teams";
  const charted = ofType.filter((t) => levelOf(t) === level);

  const owners = new Map(directory.owners.map((o) => [o.id, o]));
  const users = new Map(directory.users.map((u) => [u.id, u]));
  const teams = new Map(directory.teams.map((t) => [t.id, t.name]));
  // By team, a person's target goes to their primary team (or their owner record's first team).
  const teamOf = (key: string) => {
    if (key.startsWith("team:")) return key;
    const [kind, id] = key.split(":");
    const owner = kind === "owner" ? owners.get(id) : undefined;
    const userId = kind === "user" ? id : owner?.userId == null ? null : String(owner.userId);
    const team = (userId === null ? null : users.get(userId)?.primaryTeamId) ?? owner?.teams?.[0]?.id;
    return team ? `team:${team}` : "team:none";
  };
  const stackOf = (t: RawTarget) => (view.group === "assignee" ? who(t) : teamOf(who(t)));
  const labelOf = (key: string) => {
    const [kind, id] = key.split(":");
    if (kind === "team") return id === "none" ? "No team" : teams.get(id)!;
    const person = kind === "owner" ? owners.get(id) : users.get(id);
    return `${person!.firstName} ${person!.lastName}`;
  };
  const stacks = groupBy(charted, stackOf);
  if (stacks.size > MAX_STACKS) throw new Error(`${stacks.size} stacks; this helper does not fold them into "Other"`);
  const seriesKeys = [...stacks.keys()].sort((a, b) => labelOf(a).localeCompare(labelOf(b), "en") || (a < b ? -1 : 1));

  const emptyCells = seriesKeys.reduce((n, key) => n + buckets.filter((b) => !stacks.get(key)!.some((t) => overlaps(daysOf(t), b))).length, 0);
  // A target's progress is spread over its days up to now: a bucket shows an actual when one of
  // its targets has a value and the bucket begins before that target's progress ends.
  const actualKnown = buckets.map((b) =>
    charted.some((t) => {
      const days = daysOf(t);
      if (t.properties.hs_kpi_value == null || !overlaps(days, b)) return false;
      const progressEnd = now > at(days.start) ? Math.min(at(days.end), now) : at(days.end);
      return Math.max(at(b.start), at(days.start)) < progressEnd;
    }),
  );

  return {
    fiscal,
    /** First and last day, as the page's range element carries them. */
    range: [range.start, addDays(range.end, -1)],
    goalIds: shown.map((g) => g.id),
    bucketKeys: buckets.map((b) => b.start),
    bucketStarts: buckets.map((b) => at(b.start)),
    seriesKeys,
    emptyCells,
    actualKnown,
    otherLevelTargets: ofType.length - charted.length,
    assigneeRows,
    gaps,
    marks,
  };
}
