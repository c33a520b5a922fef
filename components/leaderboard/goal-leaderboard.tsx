"use client";

import { useMemo } from "react";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import { type Goal, targetsOf } from "@/lib/goals/goal";
import { type DayRange, periodsInRange } from "@/lib/goals/goal-view";
import { contendersOf, leaderboard, teamContenders } from "@/lib/goals/leaderboard";
import { shownBoard } from "@/lib/goals/views/leaderboard-board";
import type { Formatters } from "@/lib/goals/formatters";
import { LeaderboardTable } from "./leaderboard-table";
import { useRankBy } from "./rank-param";
import { RankToggle } from "./rank-toggle";

interface Props {
  goal: Goal;
  index: DirectoryIndex;
  /** The page's date range: the leaderboard ranks the same periods the figures above cover. */
  range: DayRange;
  now: number;
  fmt: Formatters;
  threshold: number;
}

/**
 * Everyone on the goal ranked against their own targets, and the teams their members make up;
 * "rank by" lives in the URL. A goal assigned to teams ranks the teams themselves.
 */
export function GoalLeaderboard({ goal, index, range, now, fmt, threshold }: Props) {
  const [by, setBy] = useRankBy();
  const timeZone = fmt.timeZone;
  const boards = useMemo(() => {
    const targets = periodsInRange(targetsOf(goal), range, timeZone);
    const context = { now, timeZone };
    const options = { by, judgement: { metricType: goal.metricType, direction: goal.direction } };
    const people = contendersOf(targets, index);
    const teams = people.some((c) => c.kind === "team") ? [] : teamContenders(targets, index);
    return {
      people: shownBoard(leaderboard(people, context, options), threshold),
      teams: teams.length > 0 ? shownBoard(leaderboard(teams, context, options), threshold) : null,
    };
  }, [goal, index, range, now, timeZone, by, threshold]);
  if (boards.people.placings.length < 2 && !boards.teams) return null;
  return (
    <section aria-labelledby="leaderboard-heading" className="space-y-3" data-testid="goal-leaderboard">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="leaderboard-heading" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <RankToggle value={by} onChange={(value) => void setBy(value)} />
      </div>
      <p className="text-sm text-fg-subtle">
        Ranked by percentage of each one&apos;s own target, so different quotas compare fairly.
        {boards.people.previousAt !== null && ` Moves are since the previous period closed on ${fmt.date(new Date(boards.people.previousAt).toISOString())}.`}
      </p>
      <LeaderboardTable board={boards.people} fmt={fmt} caption={`Leaderboard of ${goal.name}`} testId="leaderboard-people" />
      {boards.teams && (
        <>
          <h3 className="text-base font-semibold">Teams</h3>
          <p className="text-sm text-fg-subtle">Each team counts its members&apos; targets together; someone in two teams counts in both.</p>
          <LeaderboardTable board={boards.teams} fmt={fmt} caption={`Team leaderboard of ${goal.name}`} testId="leaderboard-teams" />
        </>
      )}
    </section>
  );
}
