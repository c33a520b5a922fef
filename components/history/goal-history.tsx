"use client";

import { useMemo } from "react";
import type { DirectoryIndex } from "@/lib/goals/assignees";
import { type Goal, targetsOf } from "@/lib/goals/goal";
import { attainmentHistory, finishedPeriods } from "@/lib/goals/history";
import { contendersOf, teamContenders } from "@/lib/goals/leaderboard";
import type { Formatters } from "@/lib/goals/formatters";
import { HistoryView } from "./history-view";

/** The last periods a goal page shows history for: a year of months, a quarter of weeks. */
const PERIODS = 12;

/** Each assignee's (and team's) attainment in each finished period of this goal. */
export function GoalHistory({ goal, index, now, fmt }: { goal: Goal; index: DirectoryIndex; now: number; fmt: Formatters }) {
  const timeZone = fmt.timeZone;
  const { people, teams } = useMemo(() => {
    const targets = targetsOf(goal);
    const context = { now, timeZone };
    const judgement = { metricType: goal.metricType, direction: goal.direction };
    const columns = finishedPeriods(targets, context, PERIODS);
    const contenders = contendersOf(targets, index);
    const teamRows = contenders.some((c) => c.kind === "team") ? [] : teamContenders(targets, index);
    return {
      people: attainmentHistory(contenders, columns, context, judgement),
      teams: teamRows.length > 0 ? attainmentHistory(teamRows, columns, context, judgement) : null,
    };
  }, [goal, index, now, timeZone]);
  const noun = goal.cadence === "weekly" ? "week" : goal.cadence === "monthly" ? "month" : goal.cadence === "quarterly" ? "quarter" : "period";
  return (
    <section aria-labelledby="history-heading" className="space-y-3" data-testid="goal-history">
      <h2 id="history-heading" className="text-lg font-semibold">
        Attainment history
      </h2>
      <p className="text-sm text-fg-subtle">
        Each finished {noun} judged on its own: attainment of that {noun}&apos;s target, and whether it was hit.
      </p>
      <HistoryView history={people} fmt={fmt} noun={noun} label={`Attainment per ${noun} of ${goal.name}`} testId="history-people" />
      {teams && teams.rows.length > 0 && (
        <>
          <h3 className="text-base font-semibold">Teams</h3>
          <HistoryView history={teams} fmt={fmt} noun={noun} label={`Team attainment per ${noun} of ${goal.name}`} testId="history-teams" />
        </>
      )}
    </section>
  );
}
