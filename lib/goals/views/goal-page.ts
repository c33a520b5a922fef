import { indexDirectory, type ResolvedAssignee, resolveAssignee } from "../assignees";
import { chartDivisor, chartModel } from "../chart";
import { type Goal, targetsOf } from "../goal";
import { assigneesOf, dayRange, goalDays, goalOf, goalView, periodsInRange } from "../goal-view";
import { groupGoals } from "../group";
import { attainmentHistory, finishedPeriods } from "../history";
import { contendersOf, leaderboard, teamContenders } from "../leaderboard";
import type { Standing, StandingContext } from "../standing";
import { figuresOf } from "./answer";
import type { GoalFamilyInput, GoalHead, GoalPageAnswer, GoalPageState, GoalSelection, ShownFigures } from "./goal-page-state";
import { shownBoard, shownHistory } from "./leaderboard-board";
import type { Who } from "./leaderboard-state";

/**
 * The goal page as the server computes it for the view in its URL: the goal's facts, where the
 * shown periods stand, the chart's series, the leaderboards, the history and every assignee's
 * periods, without the targets behind them. The browser formats and displays; the goal maths
 * stays on the server, so the page's first-load code carries none of it.
 */

/** The last periods a goal page shows history for: a year of months, a quarter of weeks. */
const HISTORY_PERIODS = 12;

const who = ({ key, name, kind }: ResolvedAssignee): Who => ({ key, name, kind });
const shown = (standing: Standing): ShownFigures => ({ ...figuresOf(standing), leftOutPeriods: standing.leftOut.periods });

function headOf(goal: Goal): GoalHead {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { schedules, totalAmount, pipelineIds, targetCount, createdByUserId, ...head } = goal;
  return head;
}

/** "week", "month", "quarter": what one history column is. */
function periodNoun(cadence: string | null): string {
  return cadence === "weekly" ? "week" : cadence === "monthly" ? "month" : cadence === "quarterly" ? "quarter" : "period";
}

/** The goal page for `state`, at `now`: everything it shows, computed once. */
export function goalPageView(portalId: number, family: GoalFamilyInput, goalId: string, state: GoalPageState, now: number): GoalPageAnswer {
  const { timeZone } = family.account;
  const base = { portalId, goalId, at: now, account: { timeZone, currency: family.account.currency } };
  const goal = goalOf(groupGoals(family.targets), goalId);
  if (!goal) return { ...base, goal: null };
  const index = indexDirectory(family.directory);
  const context: StandingContext = { now, timeZone };
  const judgement = { metricType: goal.metricType, direction: goal.direction };
  const assignees = assigneesOf(goal, index);
  const range = dayRange(state.from || null, state.to || null, timeZone);
  const view = goalView(goal, assignees, { assignee: state.assignee || null, range }, context);

  const selection: GoalSelection | null =
    view.targets.length === 0
      ? null
      : {
          figures: shown(view.standing),
          leftOutNames: view.standing.leftOut.assignees.map((a) => resolveAssignee(a.assignee, index).name),
          chart: chartModel(view.standing, { now, timeZone, unitDivisor: chartDivisor(goal.unit) }),
          groups: view.groups
            .filter((group) => group.periods.length > 0)
            .map((group) => ({
              assignee: who(group.assignee),
              periods: group.periods.map(({ target, status, standing }) => ({ id: target.id, start: target.start, end: target.end, status, figures: figuresOf(standing) })),
              total: figuresOf(group.standing),
            })),
          single: view.groups.length === 1 ? view.groups[0].assignee.name : null,
        };

  // The leaderboard ranks the periods the figures cover (the range); the history every finished one.
  const threshold = state.risk / 100;
  const ranked = periodsInRange(targetsOf(goal), range, timeZone);
  const people = contendersOf(ranked, index);
  const teams = people.some((c) => c.kind === "team") ? [] : teamContenders(ranked, index);
  const options = { by: state.rank, judgement };
  const peopleBoard = shownBoard(leaderboard(people, context, options), threshold);
  const teamBoard = teams.length > 0 ? shownBoard(leaderboard(teams, context, options), threshold) : null;

  const all = targetsOf(goal);
  const columns = finishedPeriods(all, context, HISTORY_PERIODS);
  const contenders = contendersOf(all, index);
  const teamRows = contenders.some((c) => c.kind === "team") ? [] : teamContenders(all, index);

  return {
    ...base,
    goal: {
      head: headOf(goal),
      creator: goal.createdByUserId ? resolveAssignee({ kind: "user", id: goal.createdByUserId }, index).name : "—",
      pipelines: [...family.pipelines],
      assignees: assignees.map((entry) => who(entry.assignee)),
      days: goalDays(goal, timeZone),
      unknownAssignee: view.unknownAssignee,
      rangeIgnored: range.problem === "from_after_to",
      ranged: range.start !== null || range.end !== null,
      selection,
      leaderboard: peopleBoard.placings.length < 2 && !teamBoard ? null : { people: peopleBoard, teams: teamBoard },
      history: {
        noun: periodNoun(goal.cadence),
        people: shownHistory(attainmentHistory(contenders, columns, context, judgement)),
        teams: teamRows.length > 0 ? shownHistory(attainmentHistory(teamRows, columns, context, judgement)) : null,
      },
    },
  };
}
