import { barFill, FIGURES } from "@/lib/goals/figures";
import type { Board } from "@/lib/goals/views/leaderboard-state";
import type { Formatters } from "@/components/format/use-formatters";
import { PaceBadge } from "@/components/goals/pace-badge";
import { ProjectedCell } from "@/components/projection/projected-cell";
import { barClass } from "@/components/status/status-style";
import { Movement } from "./movement";

interface Props {
  board: Board;
  fmt: Formatters;
  caption: string;
  testId: string;
}

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-fg-subtle";
const td = "px-3 py-2";

/** The ranked figure's name: attainment to date, or percent of expected when ranking by pace. */
export function scoreName(by: Board["by"]): string {
  return by === "attainment" ? FIGURES.attainmentToDate.name : FIGURES.percentOfExpected.name;
}

/** A leaderboard as a table: rank, movement, who, the ranked figure with its bar, pace, projected attainment. */
export function LeaderboardTable({ board, fmt, caption, testId }: Props) {
  const hasPrevious = board.previousAt !== null;
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full border-collapse text-sm" data-testid={testId} data-rank-by={board.by}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className={`${th} w-14 text-right`}>Rank</th>
            <th scope="col" className={`${th} w-20`} title={hasPrevious ? `Since the previous period closed (${fmt.date(new Date(board.previousAt!).toISOString())})` : undefined}>
              Move
            </th>
            <th scope="col" className={th}>Who</th>
            <th scope="col" className={`${th} w-52`}>{scoreName(board.by)}</th>
            <th scope="col" className={`${th} w-32`}>{FIGURES.pace.name} / {FIGURES.outcome.name}</th>
            <th scope="col" className={`${th} w-36`}>{FIGURES.projectedAttainment.name}</th>
          </tr>
        </thead>
        <tbody>
          {board.placings.map((placing) => {
            const { standing, score, contender } = placing;
            return (
              <tr key={contender.key} className="border-t border-line-subtle" data-testid="leader-row" data-key={contender.key} data-name={contender.name} data-rank={placing.rank ?? ""}>
                <td className={`${td} text-right font-semibold tabular-nums`} data-testid="leader-rank">
                  {placing.rank ?? "—"}
                </td>
                <td className={td}>
                  <Movement placing={placing} hasPrevious={hasPrevious} />
                </td>
                <th scope="row" className={`${td} text-left font-medium`}>
                  {contender.name}
                  {contender.kind === "team" && <span className="ml-1 text-xs font-normal text-fg-subtle">(team)</span>}
                </th>
                <td className={td}>
                  {score === null ? (
                    <span className="text-fg-subtle">{standing.status === "not_started" ? "Not started" : "No progress data"}</span>
                  ) : (
                    <div className="flex items-center gap-2">
                      <span className="w-14 text-right tabular-nums" data-testid="leader-score">
                        {fmt.percentWithin(score, standing)}
                      </span>
                      <span aria-hidden="true" className="h-2 w-28 overflow-hidden rounded-full bg-surface-strong">
                        <span className={`block h-full ${barClass(standing.status)}`} style={{ width: `${barFill(score, standing.direction) * 100}%` }} />
                      </span>
                    </div>
                  )}
                </td>
                <td className={td} data-testid="leader-pace">
                  <PaceBadge status={standing.status} />
                </td>
                <td className={td}>
                  <ProjectedCell figures={standing} atRisk={placing.atRisk} fmt={fmt} threshold={board.threshold} testId="leader-projected" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
