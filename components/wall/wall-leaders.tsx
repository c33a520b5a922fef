import { barFill } from "@/lib/goals/figures";
import { barClass } from "@/components/status/status-style";
import type { Board } from "@/lib/goals/views/leaderboard-state";
import type { Formatters } from "@/lib/goals/formatters";
import { scoreName } from "@/components/leaderboard/leaderboard-table";
import { Movement } from "@/components/leaderboard/movement";
import { RiskBadge } from "@/components/projection/risk-badge";
import { WallBadge } from "./wall-badge";

interface Props {
  board: Board;
  fmt: Formatters;
  /** How many rows fit: the rest are counted, never scrolled to. */
  rows: number;
  title: string;
  testId: string;
}

/** A leaderboard in wallboard type: sized in em off the screen's height, a fixed number of rows. */
export function WallLeaders({ board, fmt, rows, title, testId }: Props) {
  const shown = board.placings.slice(0, rows);
  const hidden = board.placings.length - shown.length;
  return (
    <section className="flex min-h-0 flex-col" data-testid={testId} aria-label={title}>
      <h2 className="mb-[0.4em] text-[1.15em] font-semibold opacity-80">
        {title} <span className="text-[0.75em] font-normal opacity-80">· by {scoreName(board.by).toLowerCase()}</span>
      </h2>
      <ol className="flex min-h-0 flex-col gap-[0.35em]">
        {shown.map((placing) => {
          const { standing, score, contender } = placing;
          return (
            <li
              key={contender.key}
              className="grid grid-cols-[2.2em_2.6em_minmax(0,1fr)_4.6em_8em_8.5em] items-center portrait:grid-cols-[1.6em_2.2em_minmax(0,1fr)_4em_auto] gap-[0.6em] rounded-[0.4em] bg-current/5 px-[0.5em] py-[0.3em]"
              data-testid="wall-row"
              data-name={contender.name}
              data-rank={placing.rank ?? ""}
            >
              <span className="text-right text-[1.2em] font-bold tabular-nums">{placing.rank ?? "—"}</span>
              <span className="text-[0.8em]">
                <Movement placing={placing} hasPrevious={board.previousAt !== null} />
              </span>
              <span className="truncate text-[1.1em] font-medium">{contender.name}</span>
              <span className="text-right text-[1.2em] font-semibold tabular-nums" data-testid="wall-score">
                {score === null ? "—" : fmt.percentWithin(score, standing)}
              </span>
              <span aria-hidden="true" className="h-[0.55em] overflow-hidden rounded-full bg-current/15 portrait:hidden">
                {score !== null && <span className={`block h-full ${barClass(standing.status)}`} style={{ width: `${barFill(score, standing.direction) * 100}%` }} />}
              </span>
              <span className="flex justify-end text-[0.8em]">
                {placing.atRisk ? <RiskBadge percent={Math.round(board.threshold * 100)} lower={standing.direction === "LOWER_IS_BETTER"} large /> : <WallBadge status={standing.status} />}
              </span>
            </li>
          );
        })}
      </ol>
      {hidden > 0 && <p className="mt-[0.4em] text-[0.85em] opacity-70">and {hidden} more</p>}
    </section>
  );
}
