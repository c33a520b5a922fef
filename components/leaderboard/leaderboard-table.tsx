import { barFill, FIGURES } from "@/lib/goals/figures";
import type { Board } from "@/lib/goals/views/leaderboard-state";
import type { BoardText } from "@/lib/goals/views/leaderboard-state";
import { PaceBadge } from "@/components/goals/pace-badge";
import { ProjectedCell } from "@/components/projection/projected-cell";
import { barClass } from "@/components/status/status-style";
import { PHONE_LABEL } from "@/components/table/phone-label";
import { Movement } from "./movement";

interface Props {
  board: Board;
  /** Its figures as text (board-text.ts). */
  text: BoardText;
  caption: string;
  testId: string;
}

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-subtle";
const td = "px-3 py-2 max-md:p-0";
/**
 * Below `md` each placing is a compact card of two rows, so pace and projection are on screen
 * without scrolling sideways: rank, who and pace, then the movement under the rank beside the
 * ranked figure and the projection, each figure labelled as its column heading says.
 */
const row = "max-md:grid max-md:grid-cols-[2.5rem_minmax(0,1fr)_minmax(0,1fr)] max-md:items-center max-md:gap-x-3 max-md:gap-y-1 max-md:px-3 max-md:py-2";

/** The ranked figure's name: attainment to date, or percent of expected when ranking by pace. */
export function scoreName(by: Board["by"]): string {
  return by === "attainment" ? FIGURES.attainmentToDate.name : FIGURES.percentOfExpected.name;
}

/** A leaderboard as a table: rank, movement, who, the ranked figure with its bar, pace, projected attainment. */
export function LeaderboardTable({ board, text, caption, testId }: Props) {
  const hasPrevious = text.previousAt !== null;
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full border-collapse text-sm max-md:block" data-testid={testId} data-rank-by={board.by}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted max-md:sr-only">
          <tr>
            <th scope="col" className={`${th} w-14 text-right`}>Rank</th>
            <th scope="col" className={`${th} w-20`} title={hasPrevious ? `Since the previous period closed (${text.previousAt})` : undefined}>
              Move
            </th>
            <th scope="col" className={th}>Who</th>
            <th scope="col" className={`${th} w-52`}>{scoreName(board.by)}</th>
            <th scope="col" className={`${th} w-32`}>{FIGURES.pace.name} / {FIGURES.outcome.name}</th>
            <th scope="col" className={`${th} w-36`}>{FIGURES.projectedAttainment.name}</th>
          </tr>
        </thead>
        <tbody className="max-md:block">
          {board.placings.map((placing, i) => {
            const { standing, score, contender } = placing;
            const figures = text.placings[i];
            return (
              <tr key={contender.key} className={`border-t border-line-subtle max-md:first:border-t-0 ${row}`} data-testid="leader-row" data-key={contender.key} data-name={contender.name} data-rank={placing.rank ?? ""}>
                <td className={`${td} text-right font-semibold tabular-nums max-md:col-start-1 max-md:row-start-1 max-md:text-center`} data-testid="leader-rank">
                  {placing.rank ?? "—"}
                </td>
                <td className={`${td} max-md:col-start-1 max-md:row-start-2 max-md:self-start max-md:text-center`}>
                  <Movement placing={placing} hasPrevious={hasPrevious} />
                </td>
                <th scope="row" className={`${td} text-left font-medium max-md:col-start-2 max-md:row-start-1 max-md:self-center`}>
                  {contender.name}
                  {contender.kind === "team" && <span className="ml-1 text-xs font-normal text-fg-subtle">(team)</span>}
                </th>
                <td className={`${td} ${PHONE_LABEL} max-md:col-start-2 max-md:row-start-2 max-md:self-start`} data-label={scoreName(board.by)}>
                  {score === null ? (
                    <span className="text-fg-subtle">{standing.status === "not_started" ? "Not started" : "No progress data"}</span>
                  ) : (
                    <div className="flex items-center gap-2">
                      <span className="w-14 text-right tabular-nums max-md:w-auto max-md:text-left" data-testid="leader-score">
                        {figures.score}
                      </span>
                      <span aria-hidden="true" className="h-2 w-28 overflow-hidden max-md:w-16 rounded-full bg-surface-strong">
                        <span className={`block h-full ${barClass(standing.status)}`} style={{ width: `${barFill(score, standing.direction) * 100}%` }} />
                      </span>
                    </div>
                  )}
                </td>
                <td className={`${td} max-md:col-start-3 max-md:row-start-1 max-md:justify-self-end`} data-testid="leader-pace">
                  <PaceBadge status={standing.status} />
                </td>
                <td className={`${td} ${PHONE_LABEL} max-md:col-start-3 max-md:row-start-2 max-md:self-start`} data-label={FIGURES.projectedAttainment.name}>
                  <ProjectedCell figures={standing} atRisk={placing.atRisk} text={figures.projected} threshold={board.threshold} testId="leader-projected" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
