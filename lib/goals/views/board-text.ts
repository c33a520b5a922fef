import type { Formatters } from "../formatters";
import type { Board, BoardHistory, BoardText, HistoryText } from "./leaderboard-state";

/**
 * A leaderboard's and a history's figures as they print: built on the server for the goal page,
 * in the browser for /leaderboard, with the same formatters either way.
 */

export function boardText(board: Board, fmt: Formatters): BoardText {
  return {
    previousAt: board.previousAt === null ? null : fmt.date(board.previousAt),
    placings: board.placings.map(({ score, standing }) => ({
      score: score === null ? null : fmt.percentWithin(score, standing),
      projected: fmt.projected(standing, board.threshold),
    })),
  };
}

export function historyText(history: BoardHistory, fmt: Formatters): HistoryText {
  return {
    spans: history.columns.map((c) => fmt.span(c.start, c.end)),
    cells: history.rows.map((row) => row.cells.map((cell) => (cell?.attainmentToDate == null ? null : fmt.percentWithin(cell.attainmentToDate, cell)))),
  };
}
