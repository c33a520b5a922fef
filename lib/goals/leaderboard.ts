import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "./assignees";
import { bucketBoundaries } from "./buckets";
import { localDay, localMidnight } from "./calendar";
import { toMillis } from "./instant";
import type { Target } from "./model";
import { compareText } from "./ordering";
import { periodOf, type Standing, type StandingContext, standingOf } from "./standing";
import { RANK_BY, SPANS } from "./view-choices";

/**
 * Leaderboards: people or teams ranked by a figure of their standing, so that people with different
 * quotas compare fairly (a percentage of their own target, never an amount). Each contender's
 * standing is the standing model's, over the targets that count for them.
 *
 * Movement compares with the same leaderboard taken when the previous period closed: the instant
 * before the latest period start among the targets that count now. HubSpot keeps one value per
 * period, so that is the latest moment an earlier ranking can be known exactly.
 */

export { RANK_BY, SPANS };
/** Attainment to date, or pace (percent of expected). */
export type RankBy = (typeof RANK_BY)[number];

export interface Contender {
  /** Assignee key ("owner:1", "team:4"). */
  key: string;
  name: string;
  kind: ResolvedAssignee["kind"];
  targets: readonly Target[];
}

export interface Placing {
  contender: Contender;
  standing: Standing;
  /** The figure ranked by; null leaves the contender unranked (no progress data, nothing started). */
  score: number | null;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4). Null when unranked. */
  rank: number | null;
  previousRank: number | null;
  /** Places gained since the previous period closed (negative: lost); null unless ranked both times. */
  movement: number | null;
}

export interface Leaderboard {
  by: RankBy;
  /** Ranked contenders best first, then the unranked by name. */
  placings: Placing[];
  /** When the previous ranking was taken; null when no period closed before the current ones. */
  previousAt: number | null;
}

/** Which of a contender's targets count at a moment; the same choice is made again for the previous ranking. */
export type TargetChoice = (targets: readonly Target[], at: number) => readonly Target[];

export interface LeaderboardOptions {
  by: RankBy;
  judgement: Pick<Standing, "metricType" | "direction">;
  select?: TargetChoice;
}

const everything: TargetChoice = (targets) => targets;

function scoreOf(standing: Standing, by: RankBy): number | null {
  return by === "attainment" ? standing.attainmentToDate : standing.percentOfExpected;
}

export function leaderboard(contenders: readonly Contender[], context: StandingContext, options: LeaderboardOptions): Leaderboard {
  const select = options.select ?? everything;
  const at = toMillis(context.now);
  const now = ranking(contenders, at, context, options, select);
  let latest: number | null = null;
  for (const contender of contenders) {
    for (const target of select(contender.targets, at)) {
      const { start } = periodOf(target, context.timeZone);
      if (start <= at && (latest === null || start > latest)) latest = start;
    }
  }
  const before = latest === null ? [] : ranking(contenders, latest - 1, context, options, select);
  const earlier = new Map(before.map((p) => [p.contender.key, p.rank]));
  return {
    by: options.by,
    previousAt: before.some((p) => p.rank !== null) ? (latest as number) - 1 : null,
    placings: now.map((placing) => {
      const previousRank = earlier.get(placing.contender.key) ?? null;
      const movement = placing.rank !== null && previousRank !== null ? previousRank - placing.rank : null;
      return { ...placing, previousRank, movement };
    }),
  };
}

function ranking(contenders: readonly Contender[], at: number, context: StandingContext, options: LeaderboardOptions, select: TargetChoice) {
  const lower = options.judgement.direction === "LOWER_IS_BETTER";
  const scored = contenders.map((contender) => {
    const standing = standingOf(select(contender.targets, at), { ...context, now: at }, options.judgement);
    return { contender, standing, score: scoreOf(standing, options.by) };
  });
  const ranked = scored.filter((s) => s.score !== null).sort((a, b) => (lower ? a.score! - b.score! : b.score! - a.score!) || compareText(a.contender.name, b.contender.name));
  const unranked = scored.filter((s) => s.score === null).sort((a, b) => compareText(a.contender.name, b.contender.name));
  let rank = 0;
  return [
    ...ranked.map((s, i) => {
      if (i === 0 || s.score !== ranked[i - 1].score) rank = i + 1;
      return { ...s, rank: rank as number | null };
    }),
    ...unranked.map((s) => ({ ...s, rank: null })),
  ];
}

/** One contender per person or team, their targets gathered across whatever targets are given (one goal, or every goal of a type). */
export function contendersOf(targets: readonly Target[], index: DirectoryIndex): Contender[] {
  const byKey = new Map<string, { assignee: ResolvedAssignee; targets: Target[] }>();
  for (const target of targets) {
    const assignee = resolveAssignee(target.assignee, index);
    const entry = byKey.get(assignee.key);
    if (entry) entry.targets.push(target);
    else byKey.set(assignee.key, { assignee, targets: [target] });
  }
  return [...byKey.values()].map(({ assignee, targets: mine }) => ({ key: assignee.key, name: assignee.name, kind: assignee.kind, targets: mine }));
}

/**
 * One contender per team. A team the goals assign directly counts its own targets; otherwise its
 * members' targets count together (a person in two teams counts in both). Never both, which would
 * count the same work twice.
 */
export function teamContenders(targets: readonly Target[], index: DirectoryIndex): Contender[] {
  const own = new Map<string, Target[]>();
  const members = new Map<string, Target[]>();
  for (const target of targets) {
    const assignee = resolveAssignee(target.assignee, index);
    const into = assignee.kind === "team" ? own : members;
    for (const teamId of assignee.teamIds) {
      const list = into.get(teamId);
      if (list) list.push(target);
      else into.set(teamId, [target]);
    }
  }
  const teamIds = new Set([...own.keys(), ...members.keys()]);
  return [...teamIds].map((teamId) => {
    const team = resolveAssignee({ kind: "team", id: teamId }, index);
    return { key: team.key, name: team.name, kind: "team" as const, targets: own.get(teamId) ?? members.get(teamId) ?? [] };
  });
}

/** People only: the contenders a team filter keeps (members of the team). */
export function inTeam(contenders: readonly Contender[], teamId: string, index: DirectoryIndex): Contender[] {
  return contenders.filter((c) => c.kind !== "team" && c.targets.length > 0 && resolveAssignee(c.targets[0].assignee, index).teamIds.includes(teamId));
}

/** Which periods a leaderboard across goals counts: those running now, or this (fiscal) quarter's or year's. */
export type Span = (typeof SPANS)[number];

/**
 * The targets a span counts at a moment: those whose period contains it, or that overlap the
 * quarter or year (fiscal, starting `fiscalYearOffset` months after January) containing it.
 */
export function spanChoice(span: Span, timeZone: string, fiscalYearOffset = 0): TargetChoice {
  return (targets, at) => {
    const window = spanWindow(span, at, timeZone, fiscalYearOffset);
    return targets.filter((target) => {
      const { start, end } = periodOf(target, timeZone);
      return window ? start < window.end && end > window.start : start <= at && at < end;
    });
  };
}

function spanWindow(span: Span, at: number, timeZone: string, fiscalYearOffset: number): { start: number; end: number } | null {
  if (span === "period") return null;
  if (span === "quarter") {
    const [quarter] = bucketBoundaries({ start: at, end: at + 1 }, "quarter", timeZone, fiscalYearOffset);
    return { start: Date.parse(quarter.start), end: Date.parse(quarter.end) };
  }
  const offset = ((fiscalYearOffset % 12) + 12) % 12;
  const { year, month } = localDay(at, timeZone);
  const first = month >= offset ? year : year - 1;
  return { start: localMidnight(first, offset, 1, timeZone), end: localMidnight(first + 1, offset, 1, timeZone) };
}
