import { type DirectoryIndex, indexDirectory, type ResolvedAssignee, resolveAssignee } from "../assignees";
import { chartDivisor, chartModel } from "../chart";
import { type Goal, targetsOf } from "../goal";
import { assigneesOf, dayRange, goalDays, goalOf, type GoalView, goalView, periodsInRange } from "../goal-view";
import { groupGoals } from "../group";
import { attainmentHistory, finishedPeriods } from "../history";
import { contendersOf, leaderboard, teamContenders } from "../leaderboard";
import type { StandingContext } from "../standing";
import { type Formatters, makeFormatters } from "../formatters";
import { figuresOf } from "./answer";
import { boardText, historyText } from "./board-text";
import type { GoalFamilyInput, GoalHead, GoalPageAnswer, GoalPageState, GoalSelection } from "./goal-page-state";
import { shownBoard, shownHistory } from "./leaderboard-board";
import type { Who } from "./leaderboard-state";
import { type ChartKind, chartText, projectionText, rowText, standingText } from "./standing-text";

/**
 * The goal page as the server computes it for the view in its URL: the goal's facts, where the
 * shown periods stand, the chart's series, the leaderboards, the history and every assignee's
 * periods, without the targets behind them. Figures and dates arrive as text, formatted here
 * (lib/goals/formatters): the browser only displays, and its first-load code carries neither the
 * goal maths nor the formatting.
 */

/** The last periods a goal page shows history for: a year of months, a quarter of weeks. */
const HISTORY_PERIODS = 12;

const who = ({ key, name, kind }: ResolvedAssignee): Who => ({ key, name, kind });

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

  const fmt = makeFormatters(family.account);
  const kind = { unit: goal.unit, currency: goal.currency };
  const threshold = state.risk / 100;
  const selection = view.targets.length === 0 ? null : selectionOf(view, index, { ...kind, cadence: goal.cadence, direction: goal.direction }, now, timeZone, fmt, threshold);

  // The leaderboard ranks the periods the figures cover (the range); the history every finished one.
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
  const peopleHistory = shownHistory(attainmentHistory(contenders, columns, context, judgement));
  const teamHistory = teamRows.length > 0 ? shownHistory(attainmentHistory(teamRows, columns, context, judgement)) : null;

  return {
    ...base,
    goal: {
      head: headOf(goal),
      headText: { span: fmt.period(goal.start, goal.end), created: fmt.date(goal.createdAt), updated: fmt.date(goal.updatedAt) },
      creator: goal.createdByUserId ? resolveAssignee({ kind: "user", id: goal.createdByUserId }, index).name : "—",
      pipelines: [...family.pipelines],
      assignees: assignees.map((entry) => who(entry.assignee)),
      days: goalDays(goal, timeZone),
      unknownAssignee: view.unknownAssignee,
      rangeIgnored: range.problem === "from_after_to",
      ranged: range.start !== null || range.end !== null,
      selection,
      leaderboard:
        peopleBoard.placings.length < 2 && !teamBoard
          ? null
          : { people: peopleBoard, teams: teamBoard, text: { people: boardText(peopleBoard, fmt), teams: teamBoard && boardText(teamBoard, fmt) } },
      history: {
        noun: periodNoun(goal.cadence),
        people: peopleHistory,
        teams: teamHistory,
        text: { people: historyText(peopleHistory, fmt), teams: teamHistory && historyText(teamHistory, fmt) },
      },
    },
  };
}

/** Where the shown periods stand, their chart and every assignee's rows, with their words. */
function selectionOf(view: GoalView, index: DirectoryIndex, kind: ChartKind, now: number, timeZone: string, fmt: Formatters, threshold: number): GoalSelection {
  const figures = figuresOf(view.standing);
  const leftOutNames = view.standing.leftOut.assignees.map((a) => resolveAssignee(a.assignee, index).name);
  const leftOutPeriods = view.standing.leftOut.periods;
  const chart = chartModel(view.standing, { now, timeZone, unitDivisor: chartDivisor(kind.unit) });
  return {
    figures,
    chart,
    text: {
      standing: standingText(figures, leftOutPeriods, leftOutNames, kind, fmt),
      projection: projectionText(figures, kind, fmt, threshold),
      chart: chartText(chart, figures, kind, fmt, { leftOutPeriods, leftOutNames, figuresAt: "The tables below list every figure." }),
    },
    groups: view.groups
      .filter((group) => group.periods.length > 0)
      .map((group) => {
        const total = figuresOf(group.standing);
        const periods = group.periods.map(({ target, status, standing }) => {
          const figures = figuresOf(standing);
          return { id: target.id, start: target.start, end: target.end, status, figures, text: { period: fmt.period(target.start, target.end), ...rowText(figures, kind, fmt) } };
        });
        return { assignee: who(group.assignee), periods, total, totalText: rowText(total, kind, fmt) };
      }),
    single: view.groups.length === 1 ? view.groups[0].assignee.name : null,
  };
}
