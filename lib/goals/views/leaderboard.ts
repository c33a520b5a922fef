import { makeFormatters } from "../formatters";
import { humanize } from "../labels";
import { type LoadState, viewBase } from "./answer";
import { boardText, historyText } from "./board-text";
import { goalTypes, shownBoard, shownHistory, typeBoard, typeHistory } from "./leaderboard-board";
import { DEFAULT_LAST, HISTORY_LAST, type LeaderboardAnswer, leaderboardState, type LeaderboardState, type WallChoices } from "./leaderboard-state";
import { goalRowAt, type PortalModel } from "./portal";
import { stateQuery } from "./state";
import { remember } from "./view-memo";

/**
 * /leaderboard and the wallboard's setup as answers computed from the held portal: who and their
 * figures, never the targets behind them.
 */

/** /leaderboard's answer for its state, at a moment (epoch ms). */
export function leaderboardView(model: PortalModel, state: LeaderboardState, at: number, load: LoadState): LeaderboardAnswer {
  return remember(model, "leaderboard", `${at}|${load.state}|${stateQuery(leaderboardState, state)}`, () => {
    const context = { now: at, timeZone: model.data.account.timeZone };
    const types = goalTypes(model.goals, context);
    const type = state.type && types.includes(state.type) ? state.type : (types[0] ?? null);
    const team = state.team && model.index.teamsById.has(state.team) ? state.team : null;
    const last = (HISTORY_LAST as readonly number[]).includes(state.last) ? state.last : DEFAULT_LAST;
    const board = type && load.state === "ready" ? typeBoard(model.goals, model.index, context, { type, span: state.span, by: state.rank, team }) : null;
    const threshold = state.risk / 100;
    const history = board && typeHistory(board, context, state.every, last);
    const shown = board && history && {
      people: shownBoard(board.people, threshold),
      teams: shownBoard(board.teams, threshold),
      history: { people: shownHistory(history.people), teams: shownHistory(history.teams) },
    };
    const fmt = makeFormatters(model.data.account);
    return {
      ...viewBase(model, at, load),
      types: types.map((value) => ({ value, label: humanize(value) })),
      type,
      team,
      last,
      teams: model.data.directory.teams.map((t) => ({ id: t.id, name: t.name })),
      board:
        board && shown
          ? {
              span: state.span,
              goals: board.goals.map((g) => ({ id: g.id, name: g.name })),
              ...shown,
              text: {
                people: boardText(shown.people, fmt),
                teams: boardText(shown.teams, fmt),
                history: { people: historyText(shown.history.people, fmt), teams: historyText(shown.history.teams, fmt) },
              },
            }
          : null,
    };
  });
}

export function wallChoices(model: PortalModel, at: number, load: LoadState): WallChoices {
  const context = { now: at, timeZone: model.data.account.timeZone, directory: model.index };
  const goals = model.goals
    .filter((goal) => !goal.archived)
    .map((goal) => ({ goal, status: goalRowAt(goal, context).status }))
    .filter(({ status }) => status !== "ended")
    .map(({ goal, status }) => ({ id: goal.id, name: goal.name, running: status === "active" }));
  return { ...viewBase(model, at, load), goals, types: goalTypes(model.goals, context).map((value) => ({ value, label: humanize(value) })) };
}
